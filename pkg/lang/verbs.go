package lang

// moreRegular adds common everyday verbs whose forms follow the regular
// rules: what people did, felt and will do, beyond the apology-specific
// list in lexicon.go. Without them an unknown word after "I" is only
// guessed to be a verb from its place.
const moreRegular = "control frame sync knock tap touch pat kick punch push pull drag lift carry haul wrap unwrap pack unpack zip unzip fold hang " +
	"lock unlock bolt latch open shut close slam bang crack smash scratch scrape dent stain spill splash soak flood leak drip " +
	"clean wipe scrub sweep vacuum hoover polish tidy dust mop rinse dry iron mend patch glue tape paint varnish sand " +
	"fill empty pour stir mix boil fry roast grill heat warm cool chill defrost microwave bake serve order deliver post " +
	"ship dispatch return refund exchange swap trade lend borrow owe repay earn save spend budget invest transfer " +
	"book reserve rebook cancel postpone delay reschedule arrange organise organize plan prepare practise practice rehearse " +
	"attend skip miss join leave enter exit arrive depart travel commute drive cycle walk jog hike climb jump hop skate " +
	"call ring phone text message email reply answer ask query request demand insist beg plead pray wish hope dream " +
	"listen hear look stare glance watch notice spot observe check inspect examine test measure weigh count calculate " +
	"add subtract multiply divide list sort label mark highlight underline circle tick sign " +
	"print copy scan photograph record upload download install update upgrade reset restart reboot backup " +
	"log delete erase remove wipe edit correct fix repair replace rebuild redo review revise rewrite proofread " +
	"talk chat gossip whisper mutter shout yell scream cry sob laugh giggle smile grin frown sigh groan moan complain " +
	"argue quarrel disagree agree accept refuse reject deny admit confess own blame accuse criticise criticize insult " +
	"tease mock bully ignore snub exclude include invite welcome greet thank praise compliment encourage support " +
	"help assist rescue protect defend guard shelter comfort calm reassure apologise apologize forgive excuse pardon " +
	"promise commit pledge vow swear guarantee ensure assure insure secure confirm verify double-check recheck " +
	"learn study train teach coach mentor tutor educate inform notify warn alert remind prompt nudge signal " +
	"start begin finish complete end stop pause wait stay remain continue carry keep hold " +
	"decide choose pick select prefer favour favor want need like love hate dislike adore enjoy appreciate value " +
	"worry panic stress relax rest sleep nap wake yawn stretch breathe cough sneeze shiver sweat faint recover heal " +
	"visit host cook clean shop babysit mind nurse treat cure vaccinate feed water walk groom bathe dress undress " +
	"share show display explain describe discuss mention suggest propose recommend advise consult contact " +
	"introduce connect link attach detach separate divide split combine merge join unite gather collect assemble " +
	"break damage ruin destroy wreck crash bump hit scrape chip crack tear rip burn melt freeze overheat overcharge " +
	"undercharge charge bill invoice pay settle clear cover reimburse compensate credit debit deduct withhold " +
	"move shift relocate rearrange reorganise reorganize swap rotate switch change alter adjust adapt modify tweak " +
	"improve fix resolve solve handle manage tackle address raise escalate report flag log track monitor follow " +
	"forward redirect resend resubmit submit apply enrol enroll register subscribe unsubscribe renew extend " +
	"snap shout snoop pry spy peek read browse scroll swipe like comment post repost retweet tag screenshot " +
	"shame embarrass humiliate belittle patronise patronize dismiss interrupt overrule undermine " +
	"betray cheat lie deceive mislead trick hide conceal cover stash pocket steal pinch nick snatch grab " +
	"drink smoke vape gamble bet binge overspend splurge waste squander lose misplace drop forget neglect abandon " +
	"pick collect fetch drop bring take drive ferry escort accompany meet greet wave hug kiss cuddle hold " +
	"celebrate toast cheer clap dance sing play perform act pretend joke kid tease prank trick " +
	"rush hurry race speed brake park reverse tow block obstruct crowd queue wait linger loiter " +
	"guess assume suppose expect predict doubt question wonder realise realize recognise recognize remember recall " +
	"attach enclose include exclude omit skip overlook miss misread mishear misjudge misspell mislabel misdirect " +
	"replant plant dig weed mow trim prune water spray repaint tile plaster wire plumb fit refit " +
	"drill screw bolt hammer chop cut slice peel grate bake ice decorate wrap deliver " +
	"step stamp kick trip slip fall stumble tumble roll slide skid swerve dodge duck"

// moreAdj are common adjectives that stand after "be" ("you're ready",
// "I'm gutted"), which a possessive cannot precede.
const moreAdj = "hard easy tough difficult awful horrible great nice lovely rubbish pointless unfair correct clean clear open empty dry warm cool secure separate complete final whole ready sure happy glad able unable fine okay ok welcome keen safe sad sorry gutted devastated mortified " +
	"furious livid heartbroken exhausted ashamed grateful thankful relieved nervous worried upset hurt lonely alone " +
	"awkward uncomfortable unhappy disappointed frustrated annoyed careful honest fair kind patient quiet loud " +
	"available busy free home away late early right wrong true clear obvious possible impossible important serious"

// moreNouns are everyday nouns, known so that a capital the phone gave
// one at the start of an answer is not taken for a name's.
const moreNouns = "leave music noise party drums drum tent piano bike car van door window garden kitchen house flat room " +
	"bathroom bedroom hallway ceiling wall floor roof gate drive driveway street road hedge tree fence shed garage " +
	"phone laptop camera lens bag wallet keys key card account money cash deposit loan rent bill fee fees refund " +
	"voucher order parcel package delivery courier driver engineer fitter plumber builder staff team manager boss " +
	"client customer colleague neighbour friend partner wife husband girlfriend boyfriend mum dad nan gran grandad " +
	"sister brother son daughter aunt uncle cousin baby kids family dinner lunch breakfast brunch coffee drinks " +
	"drink wine beer cake food meal table chair sofa dresser wardrobe bed tv telly heating boiler shower sink tap " +
	"email emails message messages text texts chat post photo photos picture video comment comments meeting " +
	"meetings report reports deadline project presentation slide slides spreadsheet figures budget data file files " +
	"folder system app website shop store office desk shift rota handover appointment scan visit trip holiday " +
	"flight ticket tickets wedding funeral birthday anniversary christmas speech joke jokes secret promise lie " +
	"lies trust mistake fault error weekend week month year night morning evening afternoon day time hour hours " +
	"minute minutes training course counsellor therapist reminder reminders calendar diary alarm note notes list " +
	"checklist rule rules plan plans pot savings fund budget allowance limit alcohol"
