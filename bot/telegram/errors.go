package telegram

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

var (
	// ErrTokenRejected is returned when the Bot API answers 401 to the token.
	ErrTokenRejected = errors.New("telegram: token rejected (401); check BRIEFBOT_TELEGRAM_TOKEN")
	// ErrChatInactive is returned by Send for a chat that blocked the bot or
	// removed it (403); the adapter stops posting there until the chat
	// writes to the bot again.
	ErrChatInactive = errors.New("telegram: chat is inactive (the bot was blocked or removed)")
)

// APIError is an error answer from the Bot API.
type APIError struct {
	Method string
	// Code is the answer's error_code, or the HTTP status when the body was
	// not a Bot API answer.
	Code        int
	Description string
	// RetryAfter is parameters.retry_after of a 429 answer.
	RetryAfter time.Duration
	// MigrateTo is parameters.migrate_to_chat_id: the group became this supergroup.
	MigrateTo int64
}

// Error names the method, the code and Telegram's description.
func (e *APIError) Error() string {
	return fmt.Sprintf("telegram: %s: %d %s", e.Method, e.Code, e.Description)
}

// transportError is a failed request whose message has the token scrubbed.
// It unwraps to the cause under *url.Error (a timeout, a cancelled context,
// a refused connection), never to the *url.Error that holds the token.
type transportError struct {
	msg   string
	cause error
	// unsent reports that the request never fully went out (a refused
	// connection, a reset before the body was written): the server cannot
	// have acted on it, so sending again cannot post twice.
	unsent bool
}

func (e *transportError) Error() string { return e.msg }
func (e *transportError) Unwrap() error { return e.cause }

// apiErr turns an error from tgbotapi into an *APIError or a transport error
// with the token removed from its text. status is the HTTP status of the
// answer, or 0 when there was none.
func (a *Adapter) apiErr(method string, status int, err error) error {
	var te *tgbotapi.Error
	if errors.As(err, &te) {
		e := &APIError{Method: method, Code: te.Code, Description: a.scrub(te.Message),
			RetryAfter: time.Duration(te.RetryAfter) * time.Second, MigrateTo: te.MigrateToChatID}
		if e.Code == 0 {
			e.Code = status
		}
		if e.Description == "" {
			e.Description = http.StatusText(e.Code)
		}
		return e
	}
	if status >= 300 {
		return &APIError{Method: method, Code: status, Description: http.StatusText(status)}
	}
	cause := err
	var ue *url.Error
	if errors.As(err, &ue) {
		cause = ue.Err
	}
	return &transportError{msg: "telegram: " + method + ": " + a.scrub(err.Error()), cause: cause}
}

// scrub removes the token, plain or URL-escaped, from s.
func (a *Adapter) scrub(s string) string {
	return scrubToken(s, a.opts.Token)
}

func scrubToken(s, token string) string {
	if token == "" {
		return s
	}
	for _, t := range []string{token, url.PathEscape(token), url.QueryEscape(token)} {
		s = strings.ReplaceAll(s, t, "<token>")
	}
	return s
}

// code returns the Bot API error code of err, or 0.
func code(err error) int {
	var e *APIError
	if errors.As(err, &e) {
		return e.Code
	}
	return 0
}
