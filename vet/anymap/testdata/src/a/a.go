package a

import (
	"encoding/json"
	"fmt"
	"os"
	"time"
)

func positives(names []string) {
	counts := make(map[string]interface{}, len(names)) // want `counts is a map\[string\]any whose values are all int: every value is boxed`
	for i, n := range names {
		counts[n] = i
	}
	if _, ok := counts["x"]; ok {
		delete(counts, "x")
	}
	fmt.Println(len(counts), counts)

	labels := map[string]any{"env": "prod", "zone": "a"} // want `labels is a map\[string\]any whose values are all string`
	labels["host"] = names[0]
	_ = json.NewEncoder(os.Stdout).Encode(labels)

	stamps := map[string]any{} // want `stamps is a map\[string\]any whose values are all time.Time`
	stamps["now"] = time.Now()
	b, _ := json.Marshal(stamps)
	fmt.Println(string(b))
}

func negatives(names []string) map[string]any {
	mixed := map[string]any{"n": 1, "s": "x"}
	fmt.Println(mixed)

	returned := map[string]any{"n": 1}

	asserted := map[string]any{"n": 1}
	_ = asserted["n"].(int)

	passed := map[string]any{"n": 1}
	use(passed)

	read := map[string]any{"n": 1}
	fmt.Println(read["missing"])

	gostring := map[string]any{"n": 1}
	fmt.Printf("%#v\n", gostring)

	valued := map[string]any{"n": 1}
	for k, v := range valued {
		fmt.Println(k, v)
	}

	nils := map[string]any{}
	nils["a"] = nil

	var iface fmt.Stringer
	ifaces := map[string]any{"s": iface}
	fmt.Println(ifaces)

	empty := make(map[string]any)
	fmt.Println(len(empty))
	return returned
}

func use(m map[string]any) {}
