package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"
)

// runHealthcheck asks the local daemon's /healthz (or /readyz) and exits 0
// when it answers 200. It is the container image's HEALTHCHECK: the image
// has no shell or curl.
func runHealthcheck(ctx context.Context, e *env, args []string) error {
	fs := flagSet(e, "healthcheck")
	var sf storeFlags
	sf.register(fs)
	ready := fs.Bool("ready", false, "ask /readyz (store and platforms) instead of /healthz (the process)")
	timeout := fs.Duration("timeout", 5*time.Second, "give up after this long")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfig(e, sf)
	if err != nil {
		return err
	}
	path := "/healthz"
	if *ready {
		path = "/readyz"
	}
	url := "http://" + localAddr(cfg.HTTP.Addr) + path
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return &exitError{code: 1, msg: fmt.Sprintf("%s: %v", url, err)}
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4<<10))
	if resp.StatusCode != http.StatusOK {
		return &exitError{code: 1, msg: fmt.Sprintf("%s: %s\n%s", url, resp.Status, strings.TrimSpace(string(body)))}
	}
	fmt.Fprintf(e.stdout, "%s: %s\n", url, resp.Status)
	return nil
}

// localAddr turns a listen address into one to dial on this machine: an
// empty or unspecified host (":8080", "0.0.0.0:8080", "[::]:8080") becomes
// the loopback address.
func localAddr(listen string) string {
	host, port, err := net.SplitHostPort(listen)
	if err != nil {
		return listen
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "127.0.0.1"
	}
	return net.JoinHostPort(host, port)
}
