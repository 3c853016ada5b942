package structgen

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// initialisms are the words Go spells in capitals (userId → UserID): the
// list staticcheck's ST1003 checks, and the ones configs are full of.
var initialisms = map[string]bool{
	"ACL": true, "AMQP": true, "API": true, "ASCII": true, "AWS": true, "CA": true,
	"CIDR": true, "CPU": true, "CSS": true, "CSV": true, "DB": true, "DNS": true,
	"DSN": true, "EOF": true, "GCP": true, "GID": true, "GRPC": true, "GUID": true,
	"HMAC": true, "HTML": true, "HTTP": true, "HTTPS": true, "IAM": true, "ID": true,
	"IP": true, "JSON": true, "JWT": true, "LDAP": true, "LHS": true, "MTU": true,
	"OIDC": true, "OS": true, "PEM": true, "PID": true, "QPS": true, "RAM": true,
	"RHS": true, "RPC": true, "RPS": true, "RTP": true, "SDK": true, "SIP": true,
	"SLA": true, "SMTP": true, "SNI": true, "SQL": true, "SSH": true, "SSL": true,
	"SSO": true, "TCP": true, "TLS": true, "TTL": true, "UDP": true, "UI": true,
	"UID": true, "URI": true, "URL": true, "UTF8": true, "UUID": true, "VM": true,
	"VPC": true, "VPN": true, "XML": true, "XMPP": true, "XSRF": true, "XSS": true,
	"YAML": true,
}

// units are the abbreviations of time units that a name ending in one
// spells out, as time.Duration's methods do (ttl_s → TTLSeconds,
// timeoutMs → TimeoutMilliseconds), so that a unit is never read as a
// plural or an initialism (TTLS).
var units = map[string]string{
	"ns": "Nanoseconds", "us": "Microseconds", "ms": "Milliseconds",
	"s": "Seconds", "sec": "Seconds", "secs": "Seconds",
}

// exportedName turns a JSON key into an exported Go identifier: words split
// at non-alphanumerics and at camel-case humps, each capitalized, initialisms
// in capitals, also in plural ("apiVersion" → APIVersion, "user_id" →
// UserID, "topicIds" → TopicIDs, "imagePullPolicy" → ImagePullPolicy,
// "db_dsn" → DBDSN), a last word that abbreviates a time unit spelled out
// ("ttl_s" → TTLSeconds). A key that yields no letter first gets the
// prefix X ("2fa" → X2fa); one that yields nothing is "Field".
func exportedName(key string) string {
	var b strings.Builder
	ws := words(key)
	for i, w := range ws {
		if unit, ok := units[strings.ToLower(w)]; ok && i > 0 && i == len(ws)-1 {
			b.WriteString(unit)
			continue
		}
		if up := strings.ToUpper(w); initialisms[up] {
			b.WriteString(up)
			continue
		}
		if up := strings.ToUpper(w); len(w) > 2 && w[len(w)-1] == 's' && initialisms[up[:len(up)-1]] {
			b.WriteString(up[:len(up)-1] + "s") // ids → IDs
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
		b.WriteString(w[n:])
	}
	name := b.String()
	if name == "" {
		return "Field"
	}
	if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) {
		name = "X" + name
	}
	return name
}

// words splits a key into its alphanumeric words, breaking camel case:
// "HTTPServerURL" → HTTP Server URL, "imagePullPolicy" → image Pull Policy.
func words(key string) []string {
	var out []string
	runes := []rune(key)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			out = append(out, string(runes[start:end]))
		}
		start = -1
	}
	for i, r := range runes {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		prev := runes[i-1]
		lowerToUpper := unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev))
		acronymEnd := unicode.IsUpper(prev) && unicode.IsUpper(r) &&
			i+1 < len(runes) && unicode.IsLower(runes[i+1])
		if lowerToUpper || acronymEnd {
			flush(i)
			start = i
		}
	}
	flush(len(runes))
	return out
}

// singular returns the singular of an exported name by its last word
// (Containers → Container, Policies → Policy, Addresses → Address,
// Statuses → Status); a name
// that does not read as a plural comes back unchanged.
func singular(name string) string {
	lower := strings.ToLower(name)
	switch {
	case strings.HasSuffix(name, "IDs"), strings.HasSuffix(name, "URLs"), strings.HasSuffix(name, "IPs"):
		return name[:len(name)-1]
	case strings.HasSuffix(lower, "ies") && len(name) > 4:
		return name[:len(name)-3] + "y"
	case strings.HasSuffix(lower, "uses") && len(name) > 5 && !strings.ContainsRune("aeiou", rune(lower[len(lower)-5])):
		return name[:len(name)-2] // statuses → status, but causes → cause
	case strings.HasSuffix(lower, "sses"), strings.HasSuffix(lower, "xes"),
		strings.HasSuffix(lower, "ches"), strings.HasSuffix(lower, "shes"):
		return name[:len(name)-2]
	case strings.HasSuffix(lower, "ss"), strings.HasSuffix(lower, "us"),
		strings.HasSuffix(lower, "is"), !strings.HasSuffix(lower, "s"), len(name) < 3:
		return name
	}
	return name[:len(name)-1]
}

// elementName names the element of a collection called name: its singular,
// or name+"Item" when the name does not read as a plural (Data → DataItem)
// and does not end in Item already (so nested arrays stop at RootItem).
func elementName(name string) string {
	if strings.HasSuffix(name, "Item") {
		return name
	}
	if s := singular(name); s != name {
		return s
	}
	return name + "Item"
}

// namer hands out unique names in one scope.
type namer struct {
	taken map[string]bool
	next  map[string]int // base → the next number to try
}

func newNamer(taken ...string) *namer {
	n := &namer{taken: map[string]bool{}, next: map[string]int{}}
	for _, t := range taken {
		n.taken[t] = true
	}
	return n
}

// unique returns the first of candidates not taken, or else the last one
// with the smallest free number from 2, and takes it.
func (n *namer) unique(candidates ...string) string {
	for _, c := range candidates {
		if !n.taken[c] {
			n.taken[c] = true
			return c
		}
	}
	last := candidates[len(candidates)-1]
	for i := max(2, n.next[last]); ; i++ {
		if c := last + strconv.Itoa(i); !n.taken[c] {
			n.taken[c] = true
			n.next[last] = i + 1
			return c
		}
	}
}

// release gives a name back.
func (n *namer) release(name string) { delete(n.taken, name) }
