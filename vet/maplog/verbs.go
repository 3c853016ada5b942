package maplog

import "strings"

// verb is one conversion of a printf format.
type verb struct {
	r     rune
	plain bool // no flags, width or precision
}

// parseVerbs returns the conversions of a printf format in operand order.
// ok is false when the format uses explicit argument indexes or '*' widths,
// which would need fmt's full rules to map operands to verbs.
func parseVerbs(format string) (verbs []verb, ok bool) {
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0", format[j]) >= 0 {
			j++
		}
		flagsEnd := j
		j = digits(format, j)
		if j+1 < len(format) && format[j] == '.' { // as fmt: a final '.' is a verb
			j = digits(format, j+1)
		}
		if j >= len(format) {
			return verbs, true
		}
		switch format[j] {
		case '[', '*':
			return nil, false
		case '%':
			i = j
			continue
		}
		verbs = append(verbs, verb{r: rune(format[j]), plain: j == i+1 && flagsEnd == i+1})
		i = j
	}
	return verbs, true
}

// digits returns the index of the first non-digit of s at or after i.
func digits(s string, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}
