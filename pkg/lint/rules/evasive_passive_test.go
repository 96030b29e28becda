package rules

import "testing"

func TestEvasivePassive(t *testing.T) {
	checkRule(t, "evasive-passive", []ruleCase{
		fires("Mistakes were made."),
		fires("Things were said that shouldn't have been."),
		fires("Voices were raised and feelings got hurt."),
		fires("It just happened."),
		fires("Somehow word got around the whole floor."),
		fires("A few harsh words got said on both sides."),
		fires("The gate got left open while I was on a call."),
		fires("Delays were experienced on your job."),
		fires("It just came up at dinner."),
		fires("Things got out of hand."),
		fires("Your lamp got broken."),
		fires("What happened at the party just happened."),
		fires("Mistakes have been made."),
		fires("Some things were said in the heat of the moment."),
		fires("It all got out of hand."),
		fires("The money went missing."),
		fires("Your car got damaged."),
		fires("The email was sent to the wrong people."),
		fires("Lines were crossed."),
		fires("Promises were broken."),
		fires("Trust was broken."),
		fires("Mistakes were made on our side."),
		fires("Things were said."),
		fires("Hurtful things were said."),
		fires("Feelings were hurt."),
		fires("It just sort of happened."),
		fires("It all just happened so fast."),
		clean("I made a mistake, and I said things I regret."),
		clean("I raised my voice and hurt your feelings."),
		clean("I told Sophie, and she told the rest of the floor."),
		clean("You said things were tense at home, and I made it worse."),
		clean("Your feelings were hurt by me, and by nobody else."),
		clean("I know what happened, and I did it."),
	})
}
