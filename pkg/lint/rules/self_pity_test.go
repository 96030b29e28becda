package rules

import "testing"

func TestSelfPity(t *testing.T) {
	checkRule(t, "self-pity", []ruleCase{
		fires("This has been so hard on me too."),
		fires("You don't know how much I've suffered."),
		fires("I'm the one who's hurting here."),
		fires("I've had a nightmare week without this too."),
		fires("This week has been so hard on me too."),
		fires("This has been so stressful for me with my review coming up."),
		fires("I'm the one everyone at work is whispering about."),
		fires("Nobody in this family seems to care how I feel."),
		fires("I've been miserable all week over this."),
		fires("What about my feelings?"),
		fires("I've been beating myself up about it for days."),
		fires("You have no idea how hard this has been for me."),
		fires("Nobody cares about my side of things."),
		fires("I'm suffering too, you know."),
		fires("This has ruined my whole week."),
		fires("I've been through hell because of this."),
		fires("Everyone is treating me like a monster."),
		fires("This has been so hard on me."),
		fires("I'm the one who's been hurt here."),
		fires("It's been really hard for me too."),
		fires("You have no idea what I've been going through."),
		fires("I've had the worst week."),
		fires("It's been a really tough year for me."),
		clean("This must have been so hard for you."),
		clean("I'm the one who lied, and I'm the one who has to fix it."),
		clean("It was hard for me to admit this, but you deserve the truth."),
		clean("You've had a terrible week, and I made it worse."),
		clean("You don't know how much I regret it, and that isn't your job."),
		clean("I feel awful about what I did to you."),
		fires("Nobody's asked how I'm coping with any of this."),
		fires("No one has even asked how I'm holding up."),
		fires("Nobody seems to notice how much I'm carrying."),
		fires("I've been in bits about it all weekend."),
		clean("When I've had a rough day, I'll tell you so when I walk in."),
		clean("Nobody asked how you were coping, least of all me."),
	})
}
