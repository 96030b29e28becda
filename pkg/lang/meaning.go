package lang

// Word classes by meaning, which the letter composer reads to choose a
// frame: which nouns take no article, which verbs tell what happened to
// someone, which name a step taken at once.

// itVerbs take "it" as their subject when the writer left it out: "won't
// happen again", "arrives thursday".
var itVerbsWords = map[string]bool{"happen": true, "arrive": true, "matter": true, "mean": true, "cost": true, "take": false}

// ItVerb reports whether w is one of the words above (a verb by its base form).
func ItVerb(w string) bool { return itVerbsWords[w] }

// indefinite pronouns stand without an article: "everyone lost the
// weekend".
var indefiniteWords = map[string]bool{"everyone": true, "everybody": true, "everything": true, "someone": true,
	"somebody": true, "something": true, "anyone": true, "anybody": true, "anything": true, "nobody": true,
	"nothing": true, "no-one": true, "none": true}

// Indefinite reports whether w is one of the words above (a verb by its base form).
func Indefinite(w string) bool { return indefiniteWords[w] }

// ordinal words pick out one of a series, and take "the".
var ordinalWords = map[string]bool{"first": true, "last": true, "final": true,
	"next": true, "remaining": true, "rest": true, "other": true, "same": true}

// Ordinal reports whether w is one of the words above (a verb by its base form).
func Ordinal(w string) bool { return ordinalWords[w] }

// mass nouns take no article: "rent reduced", "money back".
var massWords = map[string]bool{"rent": true, "money": true, "work": true, "time": true, "help": true, "advice": true,
	"food": true, "stuff": true, "training": true, "information": true, "news": true, "furniture": true,
	"payment": false, "damage": true, "feedback": true, "support": true, "counselling": true, "therapy": true,
	"music": true, "noise": true, "alcohol": true, "drink": true, "heating": true, "laundry": true, "washing": true,
	"cleaning": true, "volume": true, "booze": true, "smoking": true, "gambling": true, "dinner": true, "lunch": true,
	"breakfast": true, "brunch": true, "coffee": true, "leave": true, "testing": true, "monitoring": true,
	"supervision": true, "equipment": true, "evidence": true, "access": true}

// Mass reports whether w is one of the words above (a verb by its base form).
func Mass(w string) bool { return massWords[w] }

// emotive verbs make "-ing" adjectives about how something felt:
// "embarrassing for you" is "It was embarrassing for you".
var emotiveWords = map[string]bool{"embarrass": true, "humiliate": true, "upset": true, "frighten": true, "scare": true,
	"worry": true, "annoy": true, "confuse": true, "disappoint": true, "hurt": true, "stress": true, "shock": true,
	"insult": true, "exhaust": true, "devastate": true, "horrify": true, "terrify": true, "distress": true, "infuriate": true}

// Emotive reports whether w is one of the words above (a verb by its base form).
func Emotive(w string) bool { return emotiveWords[w] }

// experience verbs tell what happened to someone: in the impact, a
// predicate without its subject is the reader's ("had to hire a lens",
// "waited an hour").
var experienceWords = map[string]bool{"have": true, "wait": true, "cry": true, "feel": true, "go": true, "sit": true,
	"miss": true, "lose": true, "end": true, "spend": true, "find": true, "get": true, "be": true, "worry": true,
	"look": true, "stay": true, "sleep": true, "lie": true, "pay": true, "need": true, "explain": true, "hear": true,
	"learn": true, "leave": true, "walk": true, "drive": true, "come": true, "stand": true, "take": true, "can": true,
	"could": true, "couldn't": true, "can't": true, "do": true, "want": true, "think": true, "know": true, "see": true,
	"try": true, "start": true, "keep": true, "call": true, "ring": true, "cancel": true, "rearrange": true, "hire": true}

// Experience reports whether w is one of the words above (a verb by its base form).
func Experience(w string) bool { return experienceWords[w] }

// bodyPart are what someone hurts themselves: "hurt your back".
var bodyPartWords = map[string]bool{"back": true, "arm": true, "arms": true, "leg": true, "legs": true, "hand": true,
	"hands": true, "foot": true, "feet": true, "knee": true, "knees": true, "head": true, "neck": true,
	"shoulder": true, "shoulders": true, "wrist": true, "ankle": true, "finger": true, "fingers": true, "toe": true}

// BodyPart reports whether w is one of the words above (a verb by its base form).
func BodyPart(w string) bool { return bodyPartWords[w] }

// completive verbs name a step taken at once, so a repair told with
// one ("new pole ordered", "time off approved") has been done.
var completiveWords = map[string]bool{"order": true, "approve": true, "book": true, "send": true, "transfer": true,
	"pay": true, "refund": true, "cancel": true, "arrange": true, "request": true, "credit": true, "post": true,
	"issue": true, "report": true, "log": true, "raise": true, "reserve": true, "rebook": true, "email": true}

// Completive reports whether w is one of the words above (a verb by its base form).
func Completive(w string) bool { return completiveWords[w] }

// sendable are things sent, which a writer may type as the verb:
// "email to the team".
var sendableWords = map[string]bool{"email": true, "message": true, "text": true, "letter": true, "note": true, "card": true}

// Sendable reports whether w is one of the words above (a verb by its base form).
func Sendable(w string) bool { return sendableWords[w] }
