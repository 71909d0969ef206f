package cputime

import (
	"runtime"
	"testing"
	"time"
)

func TestProcessAndThreadAdvance(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("thread CPU time is measured on Linux only")
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	p0, t0 := Process(), Thread()
	deadline := time.Now().Add(50 * time.Millisecond)
	x := 0
	for time.Now().Before(deadline) {
		x++
	}
	_ = x
	if dp, dt := Process()-p0, Thread()-t0; dp <= 0 || dt <= 0 || dt > dp+time.Millisecond {
		t.Errorf("after 50 ms of spinning: process %v, thread %v", dp, dt)
	}
}
