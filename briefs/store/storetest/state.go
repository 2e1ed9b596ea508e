package storetest

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs/store"
)

func testFirstSeen(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	steps := []struct {
		platform, id string
		want         bool
	}{
		{"telegram", "1001", true},
		{"telegram", "1001", false},
		{"slack", "1001", true}, // platforms are separate
		{"telegram", "1002", true},
		{"slack", "Ev01ABC", true},
		{"slack", "Ev01ABC", false},
		{"telegram", "1001", false},
	}
	for i, st := range steps {
		got, err := s.FirstSeen(ctx, st.platform, st.id)
		if err != nil || got != st.want {
			t.Errorf("step %d: FirstSeen(%s, %s) = %v, %v; want %v", i, st.platform, st.id, got, err, st.want)
		}
	}
	if _, err := s.FirstSeen(ctx, "telegram", ""); err == nil {
		t.Error("FirstSeen with an empty id succeeded")
	}
	n, err := s.ForgetSeen(ctx, Now.Add(time.Minute))
	if err != nil || n != 4 {
		t.Errorf("ForgetSeen = %d, %v; want 4", n, err)
	}
	if got, _ := s.FirstSeen(ctx, "telegram", "1001"); !got {
		t.Error("FirstSeen after ForgetSeen = false, want true")
	}
}

func testValues(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	_, err := s.Value(ctx, "telegram.offset")
	wantNotFound(t, "Value(unset)", err)
	for _, v := range []string{"41", "42", "", "ünïcode ✓"} {
		if err := s.SetValue(ctx, "telegram.offset", v); err != nil {
			t.Fatalf("SetValue(%q): %v", v, err)
		}
		if got, err := s.Value(ctx, "telegram.offset"); err != nil || got != v {
			t.Errorf("Value after SetValue(%q) = %q, %v", v, got, err)
		}
	}
	if err := s.SetValue(ctx, "", "x"); err == nil {
		t.Error("SetValue with an empty key succeeded")
	}
}

func testChatActive(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	if got, err := s.ChatActive(ctx, "telegram", "-100"); err != nil || !got {
		t.Errorf("ChatActive(never recorded) = %v, %v; want true", got, err)
	}
	for _, v := range []bool{false, false, true, false} {
		if err := s.SetChatActive(ctx, "telegram", "-100", v); err != nil {
			t.Fatal(err)
		}
		if got, err := s.ChatActive(ctx, "telegram", "-100"); err != nil || got != v {
			t.Errorf("ChatActive after Set(%v) = %v, %v", v, got, err)
		}
	}
	if got, _ := s.ChatActive(ctx, "slack", "-100"); !got {
		t.Error("ChatActive on another platform = false, want true")
	}
	if err := s.SetChatActive(ctx, "", "x", true); err == nil {
		t.Error("SetChatActive with an empty platform succeeded")
	}
}

func testSubscriptions(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	_, err := s.Subscription(ctx, "slack", "C1")
	wantNotFound(t, "Subscription(unset)", err)
	subs := []store.Subscription{
		{Platform: "slack", ChatID: "C1", Keywords: []string{"india", "São Paulo"}, UpdatedBy: "U1", UpdatedAt: t0},
		{Platform: "slack", ChatID: "C1", Keywords: nil, UpdatedBy: "U2", UpdatedAt: t0.Add(time.Hour)},
	}
	for _, sub := range subs {
		if err := s.SetSubscription(ctx, sub); err != nil {
			t.Fatal(err)
		}
		got, err := s.Subscription(ctx, "slack", "C1")
		if err != nil {
			t.Fatal(err)
		}
		checkTime(t, "UpdatedAt", got.UpdatedAt, sub.UpdatedAt)
		got.UpdatedAt, sub.UpdatedAt = time.Time{}, time.Time{}
		if !reflect.DeepEqual(got, sub) {
			t.Errorf("Subscription = %+v, want %+v", got, sub)
		}
	}
	if err := s.SetSubscription(ctx, store.Subscription{Platform: "telegram", ChatID: "5"}); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Subscription(ctx, "telegram", "5"); err != nil || got.UpdatedAt.IsZero() {
		t.Errorf("zero UpdatedAt stored as %v, %v; want now", got.UpdatedAt, err)
	}
	for range 2 { // deleting twice is fine
		if err := s.DeleteSubscription(ctx, "slack", "C1"); err != nil {
			t.Fatal(err)
		}
	}
	_, err = s.Subscription(ctx, "slack", "C1")
	wantNotFound(t, "Subscription(deleted)", err)
	if _, err := s.Subscription(ctx, "telegram", "5"); err != nil {
		t.Errorf("other subscription gone after delete: %v", err)
	}
	if err := s.SetSubscription(ctx, store.Subscription{Platform: "slack"}); err == nil {
		t.Error("SetSubscription without a chat id succeeded")
	}
}

func testMoveChat(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.SetChatActive(ctx, "telegram", "-42", false))
	must(s.SetSubscription(ctx, store.Subscription{Platform: "telegram", ChatID: "-42", Keywords: []string{"india"}}))
	must(s.SetSubscription(ctx, store.Subscription{Platform: "telegram", ChatID: "-10042", Keywords: []string{"stale"}}))
	must(s.SetSubscription(ctx, store.Subscription{Platform: "slack", ChatID: "-42", Keywords: []string{"slack"}}))

	must(s.MoveChat(ctx, "telegram", "-42", "-10042"))
	if got, _ := s.ChatActive(ctx, "telegram", "-10042"); got {
		t.Error("moved chat is active, want the inactive state moved")
	}
	if got, _ := s.ChatActive(ctx, "telegram", "-42"); !got {
		t.Error("old chat id still has state after move")
	}
	sub, err := s.Subscription(ctx, "telegram", "-10042")
	if err != nil || !reflect.DeepEqual(sub.Keywords, []string{"india"}) {
		t.Errorf("moved subscription = %+v, %v; want keywords [india]", sub, err)
	}
	_, err = s.Subscription(ctx, "telegram", "-42")
	wantNotFound(t, "Subscription(old id)", err)
	if sub, _ := s.Subscription(ctx, "slack", "-42"); !reflect.DeepEqual(sub.Keywords, []string{"slack"}) {
		t.Errorf("other platform's chat changed by move: %+v", sub)
	}
	// Moving a chat with no state, or onto itself, changes nothing.
	must(s.MoveChat(ctx, "telegram", "-1", "-2"))
	must(s.MoveChat(ctx, "telegram", "-10042", "-10042"))
	if _, err := s.Subscription(ctx, "telegram", "-10042"); err != nil {
		t.Errorf("move onto itself lost the subscription: %v", err)
	}
	if err := s.MoveChat(ctx, "telegram", "", "-2"); err == nil {
		t.Error("MoveChat from an empty id succeeded")
	}
}
