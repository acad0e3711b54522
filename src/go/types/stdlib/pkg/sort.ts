/** sort: the checker's declarations of package sort (its exported API as Go, bodies omitted). */

/** source is package sort's declarations as Go text. */
export const source = `package sort
func Ints(x []int)
func Strings(x []string)
func Float64s(x []float64)
func IntsAreSorted(x []int) bool
func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)
func Search(n int, f func(int) bool) int
func SearchInts(a []int, x int) int
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}
func Sort(data Interface)
func Stable(data Interface)
func IsSorted(data Interface) bool
func Reverse(data Interface) Interface
func SliceIsSorted(x any, less func(i, j int) bool) bool
func SearchStrings(a []string, x string) int
func StringsAreSorted(x []string) bool
type IntSlice []int
func (x IntSlice) Len() int
func (x IntSlice) Less(i, j int) bool
func (x IntSlice) Swap(i, j int)
type StringSlice []string
func (x StringSlice) Len() int
func (x StringSlice) Less(i, j int) bool
func (x StringSlice) Swap(i, j int)
type Float64Slice []float64
func (x Float64Slice) Len() int
func (x Float64Slice) Less(i, j int) bool
func (x Float64Slice) Swap(i, j int)
`;
