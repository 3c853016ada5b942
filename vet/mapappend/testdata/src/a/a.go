package a

import "fmt"

type config struct{ hosts map[string]int }

func keys(m map[string]int, xs []int, c config) ([]string, []int, []string) {
	var names []string // want `names gets one element per entry of m: append reallocates`
	for k := range m {
		names = append(names, k)
	}

	doubled := []int{} // want `doubled gets one element per entry of xs`
	for _, x := range xs {
		y := x * 2
		doubled = append(doubled, y)
	}

	hosts := make([]string, 0) // want `hosts gets one element per entry of c.hosts`
	for h := range c.hosts {
		hosts = append(hosts, fmt.Sprint(h))
	}
	return names, doubled, hosts
}

func negatives(m map[string]int, ch chan int) {
	given := make([]string, 0, len(m))
	for k := range m {
		given = append(given, k)
	}

	var filtered []string
	for k, v := range m {
		if v > 0 {
			filtered = append(filtered, k)
		}
	}

	var twice []string
	for k := range m {
		twice = append(twice, k)
		twice = append(twice, k)
	}

	var fromChan []int
	for v := range ch {
		fromChan = append(fromChan, v)
	}

	var spread []string
	for k := range m {
		spread = append(spread, k, k)
	}

	var late []string
	fmt.Println(len(m))
	for k := range m {
		late = append(late, k)
	}

	var used []string
	for k := range m {
		used = append(used, k)
		fmt.Println(len(used))
	}

	var fromCall []string
	for k := range get() {
		fromCall = append(fromCall, k)
	}
	fmt.Println(given, filtered, twice, fromChan, spread, late, used, fromCall)
}

func get() map[string]int { return nil }
