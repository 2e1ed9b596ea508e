package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptrace"
	"sync/atomic"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// doer gives tgbotapi's context-free requests a context and records the
// HTTP status of the answer.
type doer struct {
	ctx    context.Context
	c      *http.Client
	status int
	wrote  atomic.Bool // the whole request went out: the server may have acted on it
}

// Do sends req under the doer's context.
func (d *doer) Do(req *http.Request) (*http.Response, error) {
	ctx := httptrace.WithClientTrace(d.ctx, &httptrace.ClientTrace{
		WroteRequest: func(i httptrace.WroteRequestInfo) {
			if i.Err == nil {
				d.wrote.Store(true)
			}
		},
	})
	resp, err := d.c.Do(req.WithContext(ctx))
	if resp != nil {
		d.status = resp.StatusCode
	}
	return resp, err
}

// call makes one Bot API request under ctx and returns its result. Errors
// are an *APIError or a transport error, never with the token in them.
func (a *Adapter) call(ctx context.Context, method string, params tgbotapi.Params) (json.RawMessage, error) {
	api := *a.api
	d := &doer{ctx: ctx, c: a.hc}
	api.Client = d
	resp, err := api.MakeRequest(method, params)
	if err != nil {
		err = a.apiErr(method, d.status, err)
		var te *transportError
		if errors.As(err, &te) {
			te.unsent = !d.wrote.Load()
		}
		return nil, err
	}
	return resp.Result, nil
}
