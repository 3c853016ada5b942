//go:build !race

package tmap

const raceEnabled = false
