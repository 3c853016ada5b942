package encode

import "unicode"

// suggestField returns the candidate closest to key by case-insensitive
// edit distance (insertions, deletions, substitutions and transpositions of
// adjacent characters), or "" when none is close enough: at most one edit
// for keys of up to five characters, then one more per three characters,
// never more than three. Ties go to the earlier candidate.
func suggestField(key string, candidates []string) string {
	k := foldRunes(key)
	limit := min(max(1, len(k)/3), 3)
	best, bestDist := "", limit+1
	var c []rune
	for _, cand := range candidates {
		c = appendFoldedRunes(c[:0], cand)
		if abs(len(c)-len(k)) >= bestDist {
			continue
		}
		if d := editDistance(k, c, bestDist); d < bestDist {
			best, bestDist = cand, d
		}
	}
	return best
}

func foldRunes(s string) []rune { return appendFoldedRunes(make([]rune, 0, len(s)), s) }

func appendFoldedRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, unicode.ToLower(r))
	}
	return dst
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// editDistance returns the optimal string alignment distance between a and
// b, or any value >= bound once the distance is known to reach bound.
func editDistance(a, b []rune, bound int) int {
	// Three rolling rows: two back (for transpositions), previous, current.
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, prev2[j-2]+1)
			}
			cur[j] = d
			rowMin = min(rowMin, d)
		}
		if rowMin >= bound {
			return bound
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
