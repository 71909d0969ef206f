package main

import (
	"bytes"
	"context"
	"sync"
	"syscall"
	"testing"
	"time"
)

// syncBuffer is a buffer the interrupt goroutine writes while the test
// reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestInterruptible checks the first Ctrl-C: it cancels the command's
// context and says that a second one quits at once (the handler is
// stopped, so the second gets the default action: it is not sent here, it
// would end the test binary). A command that ends by itself says nothing.
func TestInterruptible(t *testing.T) {
	t.Run("ends by itself", func(t *testing.T) {
		var w syncBuffer
		ctx, stop := interruptible(context.Background(), &w)
		stop()
		<-ctx.Done()
		time.Sleep(50 * time.Millisecond) // time for a wrong message to come
		if w.String() != "" {
			t.Errorf("a command that ended says %q", w.String())
		}
	})
	t.Run("interrupted", func(t *testing.T) {
		var w syncBuffer
		ctx, stop := interruptible(context.Background(), &w)
		defer stop()
		if err := syscall.Kill(syscall.Getpid(), syscall.SIGINT); err != nil {
			t.Fatal(err)
		}
		select {
		case <-ctx.Done():
		case <-time.After(10 * time.Second):
			t.Fatal("Ctrl-C did not cancel the context")
		}
		deadline := time.Now().Add(10 * time.Second)
		for w.String() == "" && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		if got, want := w.String(), "dossier: stopping; interrupt again (Ctrl-C) to quit at once\n"; got != want {
			t.Errorf("says %q, want %q", got, want)
		}
	})
}
