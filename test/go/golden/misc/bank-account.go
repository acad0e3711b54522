package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	Owner   string
	balance int
	history []string
}

func (a *Account) Deposit(n int) {
	a.balance += n
	a.history = append(a.history, fmt.Sprintf("+%d", n))
}

func (a *Account) Withdraw(n int) error {
	if n > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", n, a.Owner, ErrInsufficient)
	}
	a.balance -= n
	a.history = append(a.history, fmt.Sprintf("-%d", n))
	return nil
}

func main() {
	acc := &Account{Owner: "ann"}
	acc.Deposit(100)
	if err := acc.Withdraw(30); err != nil {
		fmt.Println(err)
	}
	if err := acc.Withdraw(100); err != nil {
		fmt.Println(err, errors.Is(err, ErrInsufficient))
	}
	fmt.Println(acc.balance, acc.history)
}

// Output:
// withdraw 100 from ann: insufficient funds true
// 70 [+100 -30]
