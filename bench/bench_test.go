package bench

import (
	"slices"
	"testing"
)

// The benchmarks are the suite, one b.Run level per name segment, so
// -bench 'Encode/doc=twitter' selects as expected.

func BenchmarkEncode(b *testing.B)  { runGroup(b, GroupEncode) }
func BenchmarkDecode(b *testing.B)  { runGroup(b, GroupDecode) }
func BenchmarkLog(b *testing.B)     { runGroup(b, GroupLog) }
func BenchmarkIterate(b *testing.B) { runGroup(b, GroupIterate) }
func BenchmarkMap(b *testing.B)     { runGroup(b, GroupMap) }
func BenchmarkMemory(b *testing.B)  { runGroup(b, GroupMemory) }

func runGroup(b *testing.B, group string) {
	cs := slices.DeleteFunc(Suite(), func(c Case) bool { return c.Group != group })
	for i := 0; i < len(cs); {
		workload := cs[i].Workload
		j := i
		for j < len(cs) && cs[j].Workload == workload {
			j++
		}
		b.Run(workload, func(b *testing.B) {
			for _, c := range cs[i:j] {
				b.Run("impl="+c.Impl, c.Bench)
			}
		})
		i = j
	}
}
