package a

import (
	"encoding/json"
	"io"
)

type config struct{ Name string }

func positives(data []byte, r io.Reader) (string, float64) {
	var cfg map[string]any
	if err := json.Unmarshal(data, &cfg); err != nil { // want `JSON is decoded into cfg \(map\[string\]any\) and read through type assertions on "name", "port": every value is boxed`
		return "", 0
	}
	name, _ := cfg["name"].(string)
	port := cfg["port"].(float64)

	doc := map[string]interface{}{}
	_ = json.NewDecoder(r).Decode(&doc) // want `JSON is decoded into doc \(map\[string\]any\) and read through type assertions on "a", "b", "c", ...`
	_ = doc["a"].(string) + doc["b"].(string) + doc["c"].(string) + doc["d"].(string)
	return name, port
}

func negatives(data []byte, key string) {
	var typed config
	_ = json.Unmarshal(data, &typed)

	var ranged map[string]any
	_ = json.Unmarshal(data, &ranged)
	for k, v := range ranged {
		_, _ = k, v
	}

	var dynamic map[string]any
	_ = json.Unmarshal(data, &dynamic)
	_ = dynamic[key].(string)

	var untyped any
	_ = json.Unmarshal(data, &untyped)

	var notDecoded map[string]any
	_ = notDecoded["name"].(string)
}
