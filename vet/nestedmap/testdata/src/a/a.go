package a

import "fmt"

type row struct{ User, Key string }

func positives(rows []row) {
	byUser := make(map[string]map[string]int)
	for _, r := range rows {
		byUser[r.User][r.Key]++ // want `byUser\[r.User\] is never created: this write panics`
	}
	var seen map[int]map[string]bool
	for i, r := range rows {
		seen[i][r.Key] = true // want `seen\[i\] is never created`
		if len(seen) > 10 {
			delete(seen, i)
		}
	}
	counts := map[string]map[string]int{}
	if counts["a"] == nil {
		fmt.Println(len(counts))
	}
	for k, inner := range counts {
		fmt.Println(k, inner)
	}
	counts[rows[0].User][rows[0].Key] = 1 // want `counts\[rows\[0\].User\] is never created`
}

func negatives(rows []row, given map[string]map[string]int) map[string]map[string]int {
	guarded := make(map[string]map[string]int)
	for _, r := range rows {
		if guarded[r.User] == nil {
			guarded[r.User] = make(map[string]int)
		}
		guarded[r.User][r.Key]++
	}

	filled := map[string]map[string]int{"a": {}}
	filled["a"]["b"] = 1

	given["a"]["b"] = 1

	passed := make(map[string]map[string]int)
	fill(passed)
	passed["a"]["b"] = 1

	returned := make(map[string]map[string]int)
	returned["a"]["b"] = 1
	return returned
}

func fill(m map[string]map[string]int) { m["a"] = map[string]int{} }
