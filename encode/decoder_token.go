package encode

import (
	"encoding/json"
	"strings"
)

// Token is a JSON token as Decoder.Token returns it: a Delim for the four
// brackets, or a bool, float64, json.Number, string or nil. It is
// encoding/json's type, so code that switches on json.Token works as it is.
type Token = json.Token

// Delim is a JSON array or object bracket: '[', ']', '{' or '}'. It is
// encoding/json's type.
type Delim = json.Delim

// tokenState is where a Decoder is within the arrays and objects that
// Token has opened.
type tokenState uint8

const (
	tokTopValue    tokenState = iota // between top-level values
	tokArrayStart                    // after '['
	tokArrayValue                    // after ',' in an array
	tokArrayComma                    // after an array element
	tokObjectStart                   // after '{'
	tokObjectKey                     // after ',' in an object
	tokObjectColon                   // after a key
	tokObjectValue                   // after ':'
	tokObjectComma                   // after a member's value
)

// Token returns the next JSON token of the stream, as json.Decoder.Token
// does: a Delim for each bracket, and a bool, float64 (json.Number with
// UseNumber), string or nil for each literal; commas and colons are checked
// and skipped. At the end of the stream it returns nil, io.EOF. Token and
// Decode can be mixed: after Token returns '[' or '{', Decode decodes the
// next element or member value. A token that cannot come next is a
// *json.SyntaxError, with the stream offset.
func (dec *Decoder) Token() (Token, error) {
	for {
		c, err := dec.peek()
		if err != nil {
			return nil, err
		}
		switch c {
		case '[', '{':
			if !dec.tokenValueAllowed() {
				return dec.tokenError(c)
			}
			dec.consume()
			dec.tokens = append(dec.tokens, dec.token)
			dec.token = tokArrayStart
			if c == '{' {
				dec.token = tokObjectStart
			}
			return Delim(c), nil
		case ']', '}':
			start, comma := tokArrayStart, tokArrayComma
			if c == '}' {
				start, comma = tokObjectStart, tokObjectComma
			}
			if dec.token != start && dec.token != comma {
				return dec.tokenError(c)
			}
			dec.consume()
			dec.token = dec.tokens[len(dec.tokens)-1]
			dec.tokens = dec.tokens[:len(dec.tokens)-1]
			dec.tokenValueEnd()
			return Delim(c), nil
		case ':':
			if dec.token != tokObjectColon {
				return dec.tokenError(c)
			}
			dec.consume()
			dec.token = tokObjectValue
		case ',':
			switch dec.token {
			case tokArrayComma:
				dec.token = tokArrayValue
			case tokObjectComma:
				dec.token = tokObjectKey
			default:
				return dec.tokenError(c)
			}
			dec.consume()
		case '"':
			if dec.token == tokObjectStart || dec.token == tokObjectKey {
				var key string
				saved := dec.token
				dec.token = tokTopValue
				err := dec.Decode(&key)
				dec.token = saved
				if err != nil {
					return nil, err
				}
				dec.token = tokObjectColon
				return key, nil
			}
			return dec.tokenLiteral(c)
		default:
			return dec.tokenLiteral(c)
		}
	}
}

// tokenLiteral decodes the literal starting with c as a token.
func (dec *Decoder) tokenLiteral(c byte) (Token, error) {
	if !dec.tokenValueAllowed() {
		return dec.tokenError(c)
	}
	var x any
	if err := dec.Decode(&x); err != nil {
		return nil, err
	}
	return x, nil
}

// More reports whether another element of the current array or object, or
// another top-level value, follows, as json.Decoder.More does.
func (dec *Decoder) More() bool {
	c, err := dec.peek()
	return err == nil && c != ']' && c != '}'
}

// peek returns the next byte of the stream that is not whitespace, reading
// as needed, without consuming it.
func (dec *Decoder) peek() (byte, error) {
	for {
		dec.next = skipSpace(dec.buf, dec.next)
		dec.done = dec.next
		if dec.next < len(dec.buf) {
			dec.offset = dec.base.offset + int64(dec.next)
			return dec.buf[dec.next], nil
		}
		if dec.err != nil {
			return 0, dec.err
		}
		dec.fill()
	}
}

// consume steps over the byte peek returned.
func (dec *Decoder) consume() {
	dec.next++
	dec.done = dec.next
	dec.offset = dec.base.offset + int64(dec.next)
}

// tokenPrepareForDecode consumes the comma or colon that must come before
// the value Decode is to read inside arrays and objects opened by Token.
func (dec *Decoder) tokenPrepareForDecode() error {
	switch dec.token {
	case tokArrayComma, tokObjectColon:
		want, next, misuse := byte(','), tokArrayValue, misuseComma
		if dec.token == tokObjectColon {
			want, next, misuse = ':', tokObjectValue, misuseColon
		}
		c, err := dec.peek()
		if err != nil {
			return err
		}
		if c != want {
			return dec.tokenMisuse(misuse)
		}
		dec.consume()
		dec.token = next
	}
	if !dec.tokenValueAllowed() {
		return dec.tokenMisuse(misuseValue)
	}
	return nil
}

// misuse is a stream that json.Decoder fails on the way a Decoder is
// misused: read by Token tokens times and by Decode values times, its next
// Decode (or Token, when token is set) fails.
type misuse struct {
	stream         string
	tokens, values int
	token          bool
}

var (
	misuseComma = misuse{stream: "[1 2", tokens: 1, values: 1}
	misuseColon = misuse{stream: `{"a" 1`, tokens: 2}
	misuseValue = misuse{stream: "{", tokens: 1}
)

// tokenMisuse reports a Decode call where no value can begin, with the
// *json.SyntaxError json.Decoder gives for the same misuse.
func (dec *Decoder) tokenMisuse(m misuse) error {
	std := json.NewDecoder(strings.NewReader(m.stream))
	var v any
	for range m.tokens {
		_, _ = std.Token()
	}
	for range m.values {
		_ = std.Decode(&v)
	}
	err := std.Decode(&v)
	if m.token {
		_, err = std.Token()
	}
	se, _ := err.(*json.SyntaxError)
	msg := "not at beginning of value"
	if se != nil {
		msg = se.Error()
	}
	return dec.tokenSyntax(msg, se)
}

func (dec *Decoder) tokenValueAllowed() bool {
	switch dec.token {
	case tokTopValue, tokArrayStart, tokArrayValue, tokObjectValue:
		return true
	}
	return false
}

// tokenValueEnd moves on after a value read by Decode or closed by Token.
func (dec *Decoder) tokenValueEnd() {
	switch dec.token {
	case tokArrayStart, tokArrayValue:
		dec.token = tokArrayComma
	case tokObjectValue:
		dec.token = tokObjectComma
	}
}

// tokenContexts gives, for each state, text that encoding/json rejects
// with the message json.Decoder.Token gives a misplaced token there, once
// the token is appended. After '{' Token's message names no context, and
// only json.Decoder itself gives it.
var tokenContexts = [...]string{
	tokTopValue:    "",
	tokArrayStart:  "",
	tokArrayValue:  "",
	tokArrayComma:  "[1 ",
	tokObjectKey:   `{"a":1,`,
	tokObjectColon: `{"a" `,
	tokObjectValue: "",
	tokObjectComma: `{"a":1 `,
}

// tokenError reports the token c that cannot come next.
func (dec *Decoder) tokenError(c byte) (Token, error) {
	if dec.token == tokObjectStart {
		return nil, dec.tokenMisuse(misuse{stream: "{" + string(c), tokens: 1, token: true})
	}
	msg := "invalid character " + quoteChar(c)
	se := stdSyntax([]byte(tokenContexts[dec.token] + string(c)))
	if se != nil {
		msg = se.Error()
	}
	return nil, dec.tokenSyntax(msg, se)
}

// tokenSyntax returns an InvalidSyntax problem at the stream's offset, whose
// Err is a *json.SyntaxError with that offset when se (encoding/json's
// error for the same mistake) is given.
func (dec *Decoder) tokenSyntax(msg string, se *json.SyntaxError) error {
	e := &PathError{Kind: InvalidSyntax, Offset: int64(dec.next), Msg: msg}
	if se != nil {
		se.Offset = int64(dec.next) // result adds the stream's base
		e.Err = se
	}
	d := decodeState{}
	d.report(e)
	return dec.result(&d)
}
