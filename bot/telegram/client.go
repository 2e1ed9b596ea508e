package telegram

import (
	"context"
	"encoding/json"
	"net/http"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// doer gives tgbotapi's context-free requests a context and records the
// HTTP status of the answer.
type doer struct {
	ctx    context.Context
	c      *http.Client
	status int
}

// Do sends req under the doer's context.
func (d *doer) Do(req *http.Request) (*http.Response, error) {
	resp, err := d.c.Do(req.WithContext(d.ctx))
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
		return nil, a.apiErr(method, d.status, err)
	}
	return resp.Result, nil
}
