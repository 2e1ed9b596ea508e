// Package benchcpu reads the CPU time the process has used, so benchmarks
// can print per-core figures that hold on a busy machine, where wall time
// does not.
package benchcpu
