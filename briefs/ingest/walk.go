package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// errStop carries fn's error out of filepath.WalkDir.
type errStop struct{ err error }

func (e errStop) Error() string { return e.err.Error() }

// Walk reads every .txt .md .markdown .html .htm .json .jsonl file under
// paths (files or folders, recursively, in lexical order, skipping hidden
// files and folders) and calls fn for each brief or error. A bad file never
// stops the batch; fn returning an error stops it, and Walk returns that
// error. Unknown extensions given explicitly as files are an Item error;
// inside folders they are skipped silently. A .jsonl file is read a line
// at a time, so MaxBytes limits each line rather than the file.
func Walk(ctx context.Context, paths []string, opts Options, fn func(Item) error) error {
	for _, p := range paths {
		if err := walkPath(ctx, p, opts, fn); err != nil {
			var stop errStop
			if errors.As(err, &stop) {
				return stop.err
			}
			return err
		}
	}
	return nil
}

// walkPath walks one argument: a file or a folder.
func walkPath(ctx context.Context, root string, opts Options, fn func(Item) error) error {
	info, err := os.Stat(root)
	if err != nil {
		return emit(fn, errItem(root, 0, statError(err)))
	}
	if !info.IsDir() {
		if formatOf(root) == formatUnknown {
			return emit(fn, errItem(root, 0, errUnsupported(root)))
		}
		return readFile(ctx, root, opts, fn)
	}
	start := root
	if li, err := os.Lstat(root); err == nil && li.Mode()&fs.ModeSymlink != 0 {
		start = root + string(filepath.Separator) // a trailing slash makes WalkDir enter a linked folder
	}
	return filepath.WalkDir(start, func(path string, d fs.DirEntry, err error) error {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return fmt.Errorf("ingest: walk %q: %w", root, ctxErr)
		}
		if d == nil {
			return emit(fn, errItem(path, 0, statError(err)))
		}
		if path != start && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if err != nil {
			return emit(fn, errItem(path, 0, statError(err)))
		}
		if d.IsDir() || formatOf(path) == formatUnknown {
			return nil
		}
		return readFile(ctx, path, opts, fn)
	})
}

// emit hands an item to fn, marking fn's error so it stops the walk.
func emit(fn func(Item) error, it Item) error {
	if err := fn(it); err != nil {
		return errStop{err}
	}
	return nil
}

// statError words a file system error without repeating the path.
func statError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file or folder")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied")
	}
	return fmt.Errorf("cannot read: %w", err)
}

// readFile reads and parses one file.
func readFile(ctx context.Context, path string, opts Options, fn func(Item) error) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("ingest: read %q: %w", path, err)
	}
	// Stat before opening: opening a named pipe would block.
	if info, err := os.Stat(path); err != nil {
		return emit(fn, errItem(path, 0, statError(err)))
	} else if !info.Mode().IsRegular() {
		return emit(fn, errItem(path, 0, errors.New("not a regular file")))
	}
	f, err := os.Open(path)
	if err != nil {
		return emit(fn, errItem(path, 0, statError(err)))
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && formatOf(path) != formatJSONL {
		if err := checkSize("file", info.Size(), opts.maxBytes()); err != nil {
			return emit(fn, errItem(path, 0, err)) // not worth reading
		}
	}
	return read(ctx, path, f, opts, fn)
}

// Read parses one input from r as Walk parses a file: name (a file name
// or a label such as "stdin.jsonl") picks the format by its extension and
// is the Path of every Item. A .jsonl input is read a line at a time, so
// it may be of any length; other formats are limited to MaxBytes. fn is
// called for each brief or error; Read returns fn's error, which stops it,
// or the context's.
func Read(ctx context.Context, name string, r io.Reader, opts Options, fn func(Item) error) error {
	err := read(ctx, name, r, opts, fn)
	var stop errStop
	if errors.As(err, &stop) {
		return stop.err
	}
	return err
}

// read is Read with fn's errors still marked as errStop.
func read(ctx context.Context, name string, r io.Reader, opts Options, fn func(Item) error) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("ingest: read %q: %w", name, err)
	}
	switch formatOf(name) {
	case formatUnknown:
		return emit(fn, errItem(name, 0, errUnsupported(name)))
	case formatJSONL:
		return readJSONL(ctx, name, r, opts, fn)
	}
	data, err := io.ReadAll(io.LimitReader(r, opts.maxBytes()+1))
	if err != nil {
		return emit(fn, errItem(name, 0, statError(err)))
	}
	if int64(len(data)) > opts.maxBytes() {
		return emit(fn, errItem(name, 0, fmt.Errorf("input is over the %s limit", humanLimit(opts.maxBytes()))))
	}
	for _, it := range Parse(name, data, opts) {
		if err := emit(fn, it); err != nil {
			return err
		}
	}
	return nil
}

// readJSONL parses a .jsonl file a line at a time; a line over the limit
// is reported and skipped without being held in memory.
func readJSONL(ctx context.Context, path string, r io.Reader, opts Options, fn func(Item) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	limit := opts.maxBytes()
	seen := false
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("ingest: read %q: %w", path, err)
		}
		line, size, err := readLine(br, limit)
		if err != nil && !errors.Is(err, io.EOF) {
			return emit(fn, errItem(path, n, statError(err)))
		}
		if size == 0 && errors.Is(err, io.EOF) {
			break
		}
		var it Item
		ok := true
		if size > limit {
			it = errItem(path, n, checkSize("line", size, limit))
		} else {
			it, ok = parseLine(path, n, line, opts)
		}
		if ok {
			seen = true
			if err := emit(fn, it); err != nil {
				return err
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
	}
	if !seen {
		return emit(fn, errItem(path, 0, errors.New("file is empty")))
	}
	return nil
}

// readLine reads one line, keeping at most limit+1 bytes of it; size is
// the line's full length without its line break.
func readLine(br *bufio.Reader, limit int64) (line []byte, size int64, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		size += int64(len(chunk))
		if int64(len(line)) <= limit {
			line = append(line, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		size -= int64(len(chunk) - len(bytes.TrimRight(chunk, "\r\n")))
		return line, size, err
	}
}
