"""Word lists the rule stages use: data only, no logic beyond building lookup tables."""
from __future__ import annotations

from functools import lru_cache

# Reporting verbs (base forms). A verb here introduces speech, writing or a stated position.
REPORTING_VERBS = """
say tell add state write warn argue claim insist explain note acknowledge admit announce
assert believe caution charge comment complain concede confirm contend declare deny
describe disclose emphasise emphasize estimate indicate maintain mention observe point predict
promise recall remark report reply respond reveal stress suggest testify tweet post urge vow
allege answer ask boast conclude continue counter dismiss accuse agree disagree signal hint
insist joke lament object order pledge propose question reiterate repeat retort recount
shout tell threaten underline worry fear think predict forecast estimate reckon demand
announce caution call criticise criticize praise blame welcome slam blast accuse brag
acknowledge assure inform advise recommend speculate surmise muse concur clarify elaborate
posit reason remind suppose testify whisper yell hold write rule show find
""".split()

IRREGULAR_FORMS = {
    "said": "say", "says": "say", "saying": "say", "told": "tell", "wrote": "write", "written": "write",
    "thought": "think", "held": "hold", "spoke": "speak", "spoken": "speak", "felt": "feel", "knew": "know",
    "known": "know", "foresaw": "foresee", "swore": "swear", "sworn": "swear", "taught": "teach",
    "found": "find", "shown": "show",
}

# Verbs whose reported content is an infinitive (`urged the council to act`, `vowed to fight`).
INFINITIVE_VERBS = frozenset("""urge ask call order promise vow pledge threaten demand warn advise tell
encourage implore beg invite challenge dare instruct direct press propose""".split())

# Speech-act verbs whose object is the content (`denied the report`, `called him "a liar"`).
OBJECT_VERBS = frozenset("""announce deny confirm propose praise criticize criticise accuse call describe dismiss
reject endorse question acknowledge predict blame defend attack slam blast demand promise pledge reiterate
repeat echo express voice tout highlight label brand dub decry condemn denounce applaud hail welcome
vow threaten urge recommend suggest""".split())

# Nouns that report a claim in a `that` clause (`his claim that ...`, `the warning that ...`).
CLAIM_NOUNS = frozenset("""claim claims assertion statement warning argument belief allegation allegations
suggestion insistence promise pledge contention accusation accusations charge charges assurance
prediction admission announcement view""".split())

# Nouns that are never the speaker of a claim (dates, documents parsed as subjects and the like).
NOT_SPEAKERS = frozenset("""week weeks month months year years day days today yesterday tonight time
morning afternoon evening night monday tuesday wednesday thursday friday saturday sunday
email agreement state thing things fact""".split())

# Nouns of channels ("in a statement", "in an interview with ...").
CHANNEL_NOUNS = frozenset("""statement interview letter tweet tweets post posts article op-ed editorial
column blog podcast broadcast filing release call conference briefing video message email e-mail memo
speech address note report reports remarks testimony affidavit caption show programme program
documentary newsletter text""".split())

CHANNEL_NAMES = frozenset("""twitter x facebook instagram tiktok youtube linkedin threads truth social
reuters ap afp bloomberg cnn bbc msnbc abc cbs nbc fox""".split())

# Preposition + channel patterns ("in a statement", "on Twitter", "through Twitter", "via email").
CHANNEL_PREPS = frozenset({"in", "on", "through", "via", "during", "to", "with"})

# Common nouns for collective or unnamed sources.
GROUP_NOUNS = frozenset("""experts analysts officials residents campaigners critics sources observers
economists scientists researchers people witnesses lawyers activists investors forecasters officers
police authorities doctors protesters opponents supporters voters locals diplomats observers
insiders aides advisers advisors members workers staff parents teachers students democrats republicans
leaders""".split())

ORG_NOUNS = frozenset("""company firm airline carrier agency ministry department government council
committee union bank court group party office authority regulator board commission police force
campaign administration team club association institute university hospital trust charity
organisation organization service newspaper paper magazine network channel station outlet
spokesman spokeswoman spokesperson""".split())

SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson representative rep".split())

# Words that mark a quoted phrase as a title, name or term rather than a claim.
TITLE_CUES = frozenset("""film movie book novel song album show series programme program play
titled entitled named dubbed so-called called hashtag slogan episode poem painting exhibition
documentary podcast column headline term word phrase label brand app game opera musical
nicknamed known""".split())

HONORIFICS = frozenset("""mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady
president senator sen. sen rep. gov. gov governor mayor minister judge justice captain capt. capt
general gen. gen colonel col. col chancellor secretary chairman chairwoman rev. rev father sister
coach chief lt. sgt. sergeant officer detective inspector commissioner ambassador""".split())

FEMALE_WORDS = frozenset("she her hers herself mrs mrs. ms ms. miss lady dame madam woman chairwoman spokeswoman".split())
MALE_WORDS = frozenset("he him his himself mr mr. sir lord man chairman spokesman".split())

FEMALE_NAMES = frozenset("""mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy
lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole
helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie
olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah
jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia
grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte
marie kayla alexis lori hillary chelsea nikki sarah ivanka melania kellyanne huma donna nancy
elizabeth kamala michelle condoleezza theresa angela ingrid miriam jane claire fiona siobhan aoife
priya ayesha fatima aisha sofia sophie chloe lucy ella mia zoe freya isla ruby amelia eleanor harriet
imogen rosie beatrice alison gillian joanne julia louise yvonne wendy tracy tina sheila rosa ines
elena nadia natasha olga irina svetlana anya katya marta agnieszka magdalena ewa kasia greta astrid
jenna kasia beatrix rosalind gwen nadia amara leanne holly karolina karolína ines isabel
joanna kirsty kerry gemma hayley stacey lindsey lindsay courtney whitney brooke paige jade chelsea
sigrid hanna helga ingrid birgit karin margit annika maja lena leonie clara marianne sabine ursula
carmen lucia paula daniela gabriela valeria camila ana beatriz leticia mariana ayumi yuki mei li
hana sun-hee ji-woo min-ji tessa maeve niamh orla una bridget colleen erin kathy peggy betsy nora
edith mabel ada ivy iris hazel violet flora stella vera lydia esther naomi leah miriam deborah rhoda
""".split())

MALE_NAMES = frozenset("""james robert john michael william david richard joseph thomas charles christopher
daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald
edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry
douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean
austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan
juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis harry bernie barack
mike newt rudy reince ted marco jeb chris rand ben tim bill hugh harry kim lars lars-erik derek tomasz
piotr pavel ivan dmitri sergei vladimir boris igor oleg hans klaus jurgen dieter wolfgang stefan
sven erik olaf magnus nils anders jan jens karl lukas felix max leon elias finn mohammed muhammad ahmed
ali omar hassan hussein mustafa ibrahim yusuf raj rahul amit vikram arjun rohan sanjay hiroshi kenji
takeshi wei jun hao min-jun ji-hoon seung carlos luis miguel javier alejandro diego pablo manuel
antonio francesco giuseppe marco luca matteo pierre jean-claude jacques francois louis andre liam
oliver callum connor declan eoin ciaran seamus niall rory angus hamish ewan fergus dougal gareth
rhys dafydd owen evan ian neil graham nigel clive colin martin simon trevor keith barry geoffrey
rupert giles hugo jeremy toby oscar archie alfie freddie theo sebastian
""".split())

# Words that mark a name as an organisation's, not a person's ("Calder Energy", "Fairhaven Legal").
ORG_WORDS = frozenset("""airways airlines air energy homes legal securities bank banks group council agency
party institute university college school association commission committee court ministry department
inc inc. ltd ltd. plc corp corp. co co. company news post times journal press network club union trust
foundation partners capital holdings services service fisheries coastguard police government house
office board authority systems technologies therapeutics pharma pharmaceuticals health media motors
international global industries labs laboratories hospital clinic church fund federation league
reuters bloomberg tribune herald gazette guardian telegraph clarion radio tv television broadcasting
institution centre center society alliance coalition campaign bureau agency force army navy""".split())

# Unnamed officials who speak for the organisation last named ("officials said", "a spokesman said").
OFFICIAL_NOUNS = frozenset("""officials official spokesman spokeswoman spokesperson spokespeople representatives
representative executives staff management bosses""".split())

# Verbs that headline style capitalises and the tagger folds into a name ("Ted Cruz Apologizes").
HEADLINE_VERBS = frozenset("""apologizes apologises slams blasts defends attacks wins calls rips urges warns
vows says tells responds hits mocks praises endorses announces denies admits backs rejects accuses
reveals unveils launches demands threatens claims insists explains""".split())



def _regular_forms(base: str) -> list[str]:
    forms = [base]
    if base.endswith("e"):
        forms += [base + "s", base + "d", base[:-1] + "ing"]
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms += [base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        forms += [base + "es", base + "ed", base + "ing"]
    else:
        forms += [base + "s", base + "ed", base + "ing"]
        if len(base) > 2 and base[-1] in "bdgmnprt" and base[-2] in "aeiou" and base[-3] not in "aeiou" and base not in {"answer", "counter", "question", "mention", "whisper", "posit", "order", "offer"}:
            forms += [base + base[-1] + "ed", base + base[-1] + "ing"]
    return forms


@lru_cache(maxsize=1)
def verb_forms() -> dict[str, str]:
    """Inflected form (lower case) -> base form, for every reporting verb."""
    table: dict[str, str] = {}
    for base in REPORTING_VERBS:
        for form in _regular_forms(base):
            table.setdefault(form, base)
    for form, base in IRREGULAR_FORMS.items():
        if base in REPORTING_VERBS:
            table[form] = base
    return table


def reporting_base(word: str) -> str | None:
    """The base form if `word` is a form of a reporting verb, else None."""
    return verb_forms().get(word.lower())
