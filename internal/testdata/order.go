package testdata

import "fmt"

// OrderMap returns the map of the logging incident: an order with 520
// top-level keys, nested three levels deep (7,020 entries in all), holding
// strings, float64 and int64 numbers, bools and nil, as a service that keeps
// decoded JSON in map[string]any would. Every call builds a new, identical map.
func OrderMap() map[string]any {
	m := make(map[string]any, 520)
	for i := range 520 {
		key := fmt.Sprintf("field_%03d", i)
		if i%2 == 1 {
			m[key] = scalar(i)
			continue
		}
		line := make(map[string]any, 10)
		for j := range 10 {
			lk := fmt.Sprintf("attr_%02d", j)
			if j%2 == 1 {
				line[lk] = scalar(i*10 + j)
				continue
			}
			leaf := make(map[string]any, 3)
			for k := range 3 {
				leaf[fmt.Sprintf("v%d", k)] = scalar(i*100 + j*10 + k)
			}
			line[lk] = leaf
		}
		m[key] = line
	}
	return m
}

func scalar(n int) any {
	switch n % 6 {
	case 0:
		return fmt.Sprintf("sku-%05d", n)
	case 1:
		return float64(n) * 1.25
	case 2:
		return int64(n) * 1000
	case 3:
		return n%4 == 3
	case 4:
		return nil
	default:
		return fmt.Sprintf("customer note %d: leave at the door", n)
	}
}
