package rules

import "testing"

func TestMissingResponsibility(t *testing.T) {
	checkRule(t, "missing-responsibility", []ruleCase{
		fires("Kat,\n\nI'm sorry about last night. Mistakes were made, and it's not my fault my phone died.\n"),
		fires("Hello,\n\nI'm sorry about your vegetable patch. The gate got left open.\n\nI'll pay for new plants.\n"),
		fires("Jess,\n\nI'm sorry for everything. I'm not saying I was wrong, but I'm sorry it happened.\n"),
		fires("Ravi,\n\nIt wasn't all my fault. You should have flagged the tests.\n"),
		fires("Ama,\n\nI'm sorry you were offended. It was never my intention.\n"),
		fires("Leah,\n\nI'm sorry if I was wrong about the wedding.\n"),
		clean("Mum,\n\nI'm sorry I forgot to pick you up on Tuesday. That was my fault.\n"),
		clean("Aisha,\n\nI'm sorry. I was wrong, and I take full responsibility.\n"),
		clean("Ollie,\n\nMy mistake was not putting it in the rota, and I own that.\n"),
		clean("Kemi,\n\nI said it anyway. That's on me.\n"),
		clean("Leon,\n\nI'm sorry I broke your lens. I should have used the case.\n"),
		clean("Sophie,\n\nI lied to you. It was my choice and nobody else's.\n"),
		clean("Mr Patel,\n\nThat was rude and unprofessional, and I'm sorry.\n"),
		clean("Hannah,\n\nI let you down, and I'm sorry.\n"),
	})
}
