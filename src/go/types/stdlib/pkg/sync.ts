/** sync: the checker's declarations of package sync (its exported API as Go, bodies omitted). */

/** source is package sync's declarations as Go text. */
export const source = `package sync
type Locker interface {
	Lock()
	Unlock()
}
type WaitGroup struct { n int }
func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()
type Mutex struct { state int32 }
func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool
type RWMutex struct { w Mutex }
func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
type Once struct { done uint32 }
func (o *Once) Do(f func())
type Cond struct {
	L Locker
	n int
}
func NewCond(l Locker) *Cond
func (c *Cond) Wait()
func (c *Cond) Signal()
func (c *Cond) Broadcast()
type Map struct { m map[any]any }
func (m *Map) Load(key any) (value any, ok bool)
func (m *Map) Store(key, value any)
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)
func (m *Map) LoadAndDelete(key any) (value any, loaded bool)
func (m *Map) Delete(key any)
func (m *Map) Range(f func(key, value any) bool)
`;
