package lang

import "testing"

// TestCheckSentenceFamilies holds one broken sentence of each family the
// check knows, and a well-formed look-alike of each.
func TestCheckSentenceFamilies(t *testing.T) {
	broken := []string{
		"There's your my little brother.",
		"There was a brunch on me whenever your ready.",
		"I am sorry for on 3 April our email showed your address.",
		"There was 8 people in the chat.",
		"From now on, I'll back door stays shut.",
		"You undermined you with the new starters.",
		"The will is mine.",
		"I'll want me to ring Mum.",
	}
	fine := []string{
		"You're my little brother.",
		"There was a brunch on me whenever you're ready.",
		"I am sorry that on 3 April our email showed your address.",
		"There were 8 people in the chat.",
		"From now on, I'll make sure the back door stays shut.",
		"You undermined yourself, and I undermined you too.",
		"I'll pay for it, and I think it was my fault.",
		"I know you were upset, and I'll call you on Sunday.",
		"There's £40 on your account.",
		"I hope you know how sorry I am.",
		"We will check every order before it leaves.",
		"I'll come to the next one, and the drinks are on me.",
		"Should you want to talk, we are here.",
		"I'll follow up on anything else that's needed.",
		"I hope we can put this behind us.",
		"I'll do the training HR offered.",
		"We'll cover bank charges if you send us the statement.",
		"You helped me when nobody else would and I repaid that by hiding.",
		"There was half the table empty.",
	}
	for _, s := range broken {
		if len(CheckSentence(s)) == 0 {
			t.Errorf("not flagged: %q", s)
		}
	}
	for _, s := range fine {
		if p := CheckSentence(s); len(p) > 0 {
			t.Errorf("flagged %q: %v", s, p)
		}
	}
}
