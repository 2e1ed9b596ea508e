package meetings

import "math"

// maxWeightAssignment pairs rows with columns one to one so that the sum of
// w[row][col] over the pairs is as large as possible (the Hungarian method,
// O(n³) on the padded square matrix). Pairs of weight <= 0 are not allowed:
// the result maps each row to its column, or -1 when it stays unpaired.
func maxWeightAssignment(w [][]float64) []int {
	rows := len(w)
	cols := 0
	for _, r := range w {
		cols = max(cols, len(r))
	}
	n := max(rows, cols)
	out := make([]int, rows)
	for i := range out {
		out[i] = -1
	}
	if n == 0 {
		return out
	}
	cost := func(i, j int) float64 { // 1-based; minimise the negated weight
		if i > rows || j > len(w[i-1]) || w[i-1][j-1] <= 0 {
			return 0
		}
		return -w[i-1][j-1]
	}
	// u, v are the potentials, p[j] the row matched to column j, way the
	// alternating path; index 0 is the free row of each augmentation.
	u, v := make([]float64, n+1), make([]float64, n+1)
	p, way := make([]int, n+1), make([]int, n+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		minv := make([]float64, n+1)
		used := make([]bool, n+1)
		for j := range minv {
			minv[j] = math.Inf(1)
		}
		for p[j0] != 0 {
			used[j0] = true
			i0, delta, j1 := p[j0], math.Inf(1), 0
			for j := 1; j <= n; j++ {
				if used[j] {
					continue
				}
				if cur := cost(i0, j) - u[i0] - v[j]; cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= n; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	for j := 1; j <= n; j++ {
		if i := p[j]; i >= 1 && i <= rows && j <= len(w[i-1]) && w[i-1][j-1] > 0 {
			out[i-1] = j - 1
		}
	}
	return out
}
