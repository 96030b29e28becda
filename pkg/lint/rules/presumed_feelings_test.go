package rules

import "testing"

func TestPresumedFeelings(t *testing.T) {
	checkRule(t, "presumed-feelings", []ruleCase{
		fires("I get exactly where you're coming from."),
		fires("I totally get where you are coming from."),
		fires("I know exactly how let down you must feel."),
		clean("I'd like to understand where you're coming from."),
		clean("I don't know how hurt you are, and I'd like you to tell me."),
		fires("I know how you feel."),
		fires("I know exactly how betrayed you feel right now."),
		fires("I know you're hurt."),
		fires("I know you're angry, but can we talk?"),
		fires("I understand exactly what you're going through."),
		fires("I know you are disappointed in me."),
		fires("I understand how you feel."),
		fires("I know what it's like."),
		fires("I know you must be angry."),
		fires("I know exactly what you're feeling."),
		fires("I can tell you're upset."),
		fires("I understand your pain."),
		fires("I know you hate me right now."),
		fires("I totally get how you feel."),
		fires("I know how you must feel."),
		fires("I know you're upset with me."),
		fires("I understand exactly how you feel."),
		fires("I know exactly what you're going through."),
		fires("I know you must be furious."),
		clean("I know I hurt you."),
		clean("You told me you felt small, and I made you feel that way."),
		clean("I can only imagine how you feel."),
		clean("I know you were right."),
		clean("I know how much I hurt you."),
		clean("I don't know how you feel, and I'd like to hear it."),
		clean("I know you trusted me with it."),
		fires("I know you're exhausted and angry."),
		fires("I know you're fed up with me."),
		clean("I know I wore you out with all of this."),
	})
}
