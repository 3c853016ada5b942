package main

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
)

// cpuModel returns the processor model named in /proc/cpuinfo, with the
// number of logical CPUs, or just the count where the file is unavailable.
func cpuModel() string {
	n := strconv.Itoa(runtime.NumCPU()) + " logical CPUs"
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return n
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		key, val, ok := strings.Cut(sc.Text(), ":")
		key = strings.TrimSpace(key)
		if ok && (key == "model name" || key == "Hardware" || key == "Model") {
			if val = strings.TrimSpace(val); val != "" {
				return val + ", " + n
			}
		}
	}
	return n
}

// moduleRoot returns the nearest directory at or above the working directory
// that holds a go.mod.
func moduleRoot() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", errors.New("no go.mod at or above " + wd)
		}
	}
}
