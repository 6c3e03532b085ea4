"""Quotation patterns of real news that the regex finder got wrong (issue 11), as tables of this
project's own invented sentences: each pattern with positives and negatives."""
from __future__ import annotations

import pytest

from biaslab import analyze
from biaslab.quotes import find_quotes, speaker_summary


def _speakers(text: str, actors=None) -> list[tuple[str, str | None, str | None]]:
    return [(q.content, q.speaker, q.cue) for q in find_quotes(text, actors=actors)]


# -- the speaker after the quotation: roles, titles, initials, appositions, common nouns --------
@pytest.mark.parametrize("text, speaker, cue", [
    ("“The data are clear,” psychologist Jane Roe says.", "psychologist Jane Roe", "says"),
    ("“The vote will wait,” Jane Roe, the committee's spokeswoman, said.", "Jane Roe", "said"),
    ("“Rates stay put,” Fed Chair Janet L. Yellen said.", "Fed Chair Janet L. Yellen", "said"),
    ("“Do they read?” asked Bob Hale, a Dover superdelegate since 2012.", "Bob Hale", "asked"),
    ("“We will win,” Ann Moss, speaking at a rally, said.", "Ann Moss", "said"),  # a participle in an insertion
    ("The clerk filed forms afterwards branded “void” by the port board.", "the port board", "branded"),
    ("Most polled shoppers cited “price” as their reason.", "shoppers", "cited"),  # a participle
    #                                                            inside the subject is no verb with an object
    ("Mayor Tom Reed, a Democrat, on Friday branded the plan “reckless.”", "Mayor Tom Reed", "branded"),
    ("“We will win,” Ann Moss, a lawyer working for the city, said.", "Ann Moss", "said"),
    ("“We will win,” Ann Moss, a lawyer formerly employed by the city, said.", "Ann Moss", "said"),
    ("“It is late,” said Carla Day, a Dover clerk.", "Carla Day", "said"),   # not a date
    ("After Tom Reed left, Ann Moss shot back, “We are angry.”", "Ann Moss", "shot back"),
    ("“Rates stay put,” said Fed Chair Janet L. Yellen, who spoke in Denver.", "Fed Chair Janet L. Yellen", "said"),
    # "in X's view" (an epistemic stance adverbial of viewpoint), right after the quotation or later
    ("“It fails,” in Tom Reed’s view.", "Tom Reed", "in Tom Reed’s view"),
    ("“It fails” from top to bottom, in Tom Reed’s view.", "Tom Reed", "in Tom Reed’s view"),
    ("“The plan is dead,” the daily wrote.", "the daily", "wrote"),
    ("“Costs will rise,” the report said.", "the report", "said"),
    ("“Costs will rise,” said the report, released on Monday.", "the report", "said"),
    ("“Nothing has changed,” a spokesman for the ministry, Omar Diaz, told reporters.", "Omar Diaz",
     "told reporters"),
    # a capitalised office renamed by a person's name is that person's description; not a name renamed
    ("Dover County Director of Schools, Tom Reed, defended the plan: “It is our job to teach.”", "Tom Reed", ":"),
    ("Tom Reed, Dover County Director of Schools, defended the plan: “It is our job to teach.”", "Tom Reed", ":"),
    ("“We are ready,” Ann Moss, 64, a Republican from Dover, said.", "Ann Moss", "said"),
    ("“Vote early,” Ann Moss implored.", "Ann Moss", "implored"),
    ("“Out!” the crowd yelled.", "the crowd", "yelled"),
    ("“We won,” Putin TOLD reporters.", "Putin", "TOLD reporters"),
    ("“The idea is absurd,” the retired judge told a radio station.", "the retired judge",
     "told a radio station"),
    ("“The mayor should resign now,” the letter read.", "the letter", "read"),   # a base form read as past
    ("“We saw it all,” said one owner of a bakery that sells bread.", "one owner of a bakery", "said"),
    ("“We are not going back,” Ned Harlow, Reyes’ campaign manager, said.", "Ned Harlow", "said"),  # s’
    ("“It is about time,” exhorted her introducer, actress Ana Ruiz.", "actress Ana Ruiz", "exhorted"),
    ("“Find the missing ballots.” Reed said.", "Reed", "said"),   # a full stop for the comma
    ("“It is a fine day,” said Small, who chaired the meeting.", "Small", "said"),  # a name read as an adjective
    ("“It is a fine day,” said Small.", "Small", "said"),
    ("“Find the missing ballots.” Reed said on Monday.", "Reed", "said"),
    ("“The two of them worry me,” Ben Vale, 30, of Dayton, Ohio, who was among those asked, said later.",
     "Ben Vale", "said"),                                        # four insertions: age, place, state, relative
    ("“Picture it on that stage,” mused Dover co-host Stu Barling.", "Dover co-host Stu Barling", "mused"),
    ("“I doubt it,” Cecil Parr, 67, a retired bank clerk in Dover, Pa., said in an interview.", "Cecil Parr",
     "said"),                                                     # the state's period is not a boundary
    ("“It will pass,” Dover Rep. Tom Reed's chief of staff, Joe Kass, told reporters.", "Joe Kass",
     "told reporters"),                                           # "chief of staff" is a noun phrase
    ("The new rules “will not fix it, but they help,” Anne Cole, deputy director for housing, transport, and "
     "parks, said on the call.", "Anne Cole", "said"),            # a list inside the appositive
    ("“There were more voters then,” said Skip Rutland, a longtime Moss loyalist and dean of the law school, "
     "who has known her for years.", "Skip Rutland", "said"),
    ("“It is a costly model,” said Will Dole, a professor of history at Marlow University in Dayton, Ohio.",
     "Will Dole", "said"),                                       # "Will" is a first name, not a modal
    ("“The staff are under strain,” a city source, who was not allowed to talk to the press, told the station.",
     "a city source", "told the station"),             # the relative clause's verbs are passed over
    # a verb of nonverbal expression as a speech tag, after a quotation that ends its sentence
    ("“This is a fine day!” beamed Tom Reed of Dover, who had waited at the pier.", "Tom Reed of Dover",
     "beamed"),
    ("“We won,” Tom Varga shot back with a grin.", "Tom Varga", "shot back"),  # a particle, then "with"
    ("“We are done here,” Tom Reed drawled.", "Tom Reed", "drawled"),   # manner of speaking (Levin 37.3)
    ("“Not again!” the mayor squealed as the lights went out.", "the mayor", "squealed"),
    ("“We are very glad” about the vote, said Lena Roe, the union's head.", "Lena Roe", "said"),  # a PP first
    ("As “it is unfair,” Ann Moss said, the levy fell.", "Ann Moss", "said"),  # inside an opening clause
    # a quotation nested at its end: its "?" ends the sentence, the next sentence attributes it
    ("“Her answer has been, ‘How can we be of use?’” Tom Reed told reporters on the call.", "Tom Reed",
     "told reporters"),
    # an inverted speaker may be followed by "as" and a clause, or a name by "as" and a role
    ("“We won,” said Tom Moss as the crowd cheered.", "Tom Moss", "said"),
    ("“We won,” said Tom Moss as mayor and party chief.", "Tom Moss", "said"),
    # a common noun after the verb, then "as" and a noun phrase, is the verb's object: the speaker is before
    ("Ann Reed called Tom Moss “unfit,” attacked his budget as mayor and said he should quit.", "Ann Reed",
     "called"),
    # a participle right after the speaker's noun is passed over for the finite verb after its phrase
    ("“The pier is shut,” a short statement issued on Monday said.", "a short statement", "said"),
    ("One sign read “dover.us,” a site tied to a club called the Dover Fund.", "One sign", "read"),
    # a relative clause opened by "that" on the speaker's noun is passed over for the verb after it
    ("“We march,” the group that organised the rally said.", "the group", "said"),
])
def test_speaker_after_the_quotation(text, speaker, cue):
    ((_, who, how),) = _speakers(text)
    assert (who, how) == (speaker, cue)


@pytest.mark.parametrize("text", [
    "“We won,” and then the crowd left.",                       # no reporting verb
    "“We won.” Ann Moss left the room.",                        # a new sentence that reports nothing
    "“We won.” Ann Moss said nothing.",                         # a sentence of its own: an object
    "“We won.” Ann Moss said that they lost.",                  # a complement clause
    "“We won,” Ann Moss, who spoke first, left.",                # the relative clause's verb is not the cue
    "“We won,” Ann Moss, speaking first, left.",                  # nor a participle's in an insertion
    "Given the “plans,” it is safe to say Tom Reed is referring to the port.",  # an infinitive is no insertion
    "Ann Moss declined to say “anything at all” about it.",     # not said
    "“We won,” and after a long day of counting in the north of the county, the aide said it was over.",  # far
    "“We won” until the aide said it was over.",                 # a clause of its own, after "until"
    "“Did we win?” Reports say the board met on Monday.",        # after "?": a clause of its own
    "“Did we win?” Ann Moss said the board met on Monday.",
    "“Her answer was, ‘Can we help?’” Reports say the board met.",  # a "?" nested at the end too
    "“It fails” from top to bottom, in Tom Reed’s harbor.",      # "in X's" + a noun that is no account
    "Moss joined a Dover club called “Sea Voices,” a civic group that touts missions for women.",  # "that"
])
def test_no_speaker_after_the_quotation(text):
    assert [s for _, s, _ in _speakers(text)] == [None]


# -- the speaker before the quotation: the subject of the reporting verb ------------------------
@pytest.mark.parametrize("text, speaker, cue", [
    ("Ann Moss said the party establishment had erred by allowing Tom Reed “a second breath of life.”",
     "Ann Moss", "said"),
    ("Ann Moss said reports that the former city treasurer met donors “is further evidence” of it.",
     "Ann Moss", "said"),
    ("Ann Moss, who flew in from Dover on Monday, said the plan was “dead on arrival.”", "Ann Moss", "said"),
    ("Ruiz, during a rally in Dayton, Idaho, said she would “close the old mill.”", "Ruiz", "said"),
    ("The lawsuit, which was lodged last week, alleged that the party “failed to act.”", "The lawsuit",
     "alleged"),
    ("Omar Diaz ratcheted up his attacks on Reed, saying he is “weak on crime.”", "Omar Diaz", "saying"),
    ("Omar Diaz released a statement condemning “a horrific attack.”", "Omar Diaz", "condemning"),
    ("Omar Diaz was prompted to say, “So far, so good.”", "Omar Diaz", "say"),
    ("The fire ended a long dispute, and the ferry line was swift to denounce the delay:\n\n“We regret it.”",
     "the ferry line", "denounce"),                                       # not the first clause's subject
    ("Ann Moss drew boos upon saying, “The city heard you.”", "Ann Moss", "saying"),
    ("According to the ministry, “the talks failed.”", "the ministry", "According to"),
    ("Reed called the bill “a big deal” at a rally.", "Reed", "called"),
    ("Ann Moss said that when Jo Lane complained about the levy, “she had a point.”", "Ann Moss",
     "said"),                                                     # the adverbial clause has closed
    ("Ann Moss said that Jo Lane complained, “It is unfair.”", "Jo Lane", "complained"),  # a complement clause
    ("Ann Sims says he was “still making up his mind” until Tom Reed said she backed the plan.", "Ann Sims",
     "says"),                                                     # not the verb of a clause after "until"
    ("When Reed complained about the tax, Ann Moss said, “It is fair.”", "Ann Moss", "said"),
    ("Ann Moss estimated that there are “between ten and twenty members who oppose the plan.”", "Ann Moss",
     "estimated"),                                                # Levin 54.4, with a that clause
    ("Tom Reed guessed that the vote would be “a close one, maybe two or three seats.”", "Tom Reed",
     "guessed"),                                                  # Levin 29.5 conjecture verbs
    ("Ann Moss said she has begun “to show the truth” about Reed, whom she called a fraud.", "Ann Moss",
     "said"),                                                     # not the verb of the relative clause after it
    ("Ann Moss, Tom Reed, and Bo Lee said the plan was “dead.”", "Ann Moss, Tom Reed, and Bo Lee", "said"),
    ("In Dover, Ohio, Reed and Lee said the plan was “dead.”", "Reed and Lee", "said"),
    ("Sen. Tom Reed (R-Ohio), said, “We are ready.”", "Sen. Tom Reed (R-Ohio)", "said"),   # the designation is part of the name
    ("Then he cut into Reed, calling him a “stiff” on stage.", "he", "calling"),
    ("Ann Moss took the stage in Dover and called the system “rotten to the core.”", "Ann Moss", "called"),
    ("The inquiry — often labeled as a “fishing trip” by critics — drags on.", "critics", "labeled"),
    ("For someone who conceded that she is “not a natural politician,” Moss did well.", "someone", "conceded"),
    ("Others were irritated, with Sen. Tom Reed calling it a “Chinese menu.”", "Sen. Tom Reed", "calling"),
    ("The square was full, with marchers and neighbours chanting “We are Dover.”", "marchers and neighbours",
     "chanting"),
    ("Ann Moss noted that Monday was a holiday and quoted the mayor’s “golden rule” on stage.", "Ann Moss",
     "quoted"),
    ("Omar Diaz stirred the crowd by warning gravely that “the city is in danger.”", "Omar Diaz", "warning"),
    ("In a call on Monday, Col. Ned Harlow, a military spokesman, said it was “over.”", "Col. Ned Harlow",
     "said"),                                                     # an opening phrase, then the subject
    ("In May, the city's mayor, Ann Moss, called it “a disgrace.”", "Ann Moss", "called"),
    ("After the vote, Ann Moss, 64, a Republican, said it was “over.”", "Ann Moss", "said"),
    ("Reed left as soon as the vote was over, Omar Diaz said, adding, “He was not happy.”", "Omar Diaz",
     "adding"),                                                   # the attribution clause before ", adding"
    ("The team denied it, with Reed going on the radio to call Moss “badly misled.”", "Reed", "call"),
    ("Veteran planners describe this job as “a lonely art” these days.", "Veteran planners",
     "describe"),                                                 # a plural subject's verb, not a base form
    ("In a conference call, Ann Moss said the plan was “dead.”", "Ann Moss", "said"),  # "call": a noun
    ("The paper ran an interview in which Reed declared that his win was “great news.”", "Reed", "declared"),
    ("Ann Moss (R), another early Reed supporter, suggested that Reed was “weak” on taxes.", "Ann Moss",
     "suggested"),                                                # a designation, then an apposition
    ("Ana Ruiz, a city planner, notes that the rule covers every block, which means Reed “can build almost "
     "anywhere” in the city.", "Ana Ruiz", "notes"),              # "notes" after an apposition is a verb
    ("And the state attorney general, Pam Bodin, pledged to pursue “every person who hurts our town.”", "Pam Bodin",
     "pledged"),                                                  # "attorney general" is one title
    ("Rushing into a lunch, Sen. Ann Carter, Republican of Ohio, called over her shoulder, “Not now.”",
     "Sen. Ann Carter", "called"),                                # an opening participle clause
    ("Columnist Mary Stone, in an effort to explain the delay, wrote, “The mayor took three questions.”",
     "Columnist Mary Stone", "wrote"),                            # an infinitive inside the insertion
    ("Tom Lee, at a research firm called Blue Harbor, argues that as ties deepen, “the pressure will grow.”",
     "Tom Lee", "argues"),                                        # a participle inside it: not the cue
    # a complement clause's verb whose subject is a thing: the words are the matrix speaker's
    ("Jane Roe said in her speech that the plan should reiterate the city's support for its “old friends.”",
     "Jane Roe", "said"),
    ("Bob Lee said the result speaks volumes about who is “ready to lead.”", "Bob Lee", "said"),
    ("Bob Lee said Ann Fox would call it “a fresh start.”", "Ann Fox", "call"),   # a named subject speaks
    ("Bob Lee said the council would call it “a fresh start.”", "Bob Lee", "said"),  # a limit: a body does too
    ("Bob Lee said it has to declare “a duty to the town.”", "Bob Lee", "said"),  # nor an unresolved "it"
    ("Bob Lee notes that you can’t shout “fire” on a ferry.", "Bob Lee", "notes"),  # nor a generic "you"
    ("The ad shows remarks Tom Reed gave in May calling the pier “a waste.”", "Tom Reed", "calling"),
    ("The Moss campaign projects that “a small levy” on each sale would raise $7 million.", "The Moss campaign",
     "projects"),                                                 # verbs of forecasting report
    ("The weather office forecasts that “a mild winter” will follow.", "The weather office", "forecasts"),
    ("Mark Hill said Ann Fox will continue to be “a fighter for the town.”", "Mark Hill", "said"),  # not a turn
    # a matrix verb before a comma and the subject is a parenthetical attribution, not a complement
    ("When the ferry docked, Tom Reed noted, the old captain muttered to the crew: “Tie it fast.”",
     "the old captain", "muttered"),
    ("Tom Reed noted that the old captain muttered to the crew: “Tie it fast.”", "Tom Reed",
     "noted"),                                                    # no comma: a complement clause
    # "as X put it", past an apposition; a possessive before a reporting noun
    ("As the ferry firm's owner, Ann Moss, put it on Monday, “We will sail at dawn.”", "Ann Moss",
     "put it"),
    ("As the owner, who was new, put it, “We will sail at dawn.”", None, None),  # a clause of its own
    ("There’s also a note from a city aide claiming that, “The mayor has said so all along.”", "a city aide",
     "claiming"),                                                 # "There's": the clitic is the verb
    ("Back then, all we heard was, in short, “Not today.”", None, None),  # the hearers complete no copula
    ("It was also proof of the board's habits: “They knew the vote would fail.”", None, ":"),  # an "it" of
    ("The levy failed. It was a blow: “We knew the vote would fail.”", None, ":"),  # a copula names nobody
    ("The board met. It was blunt: “We knew the vote would fail.”", "The board", ":"),  # (a body it resumes does)
    ("All Tom Reed heard that day was, in short, “Not today.”", None, None),
    ("As Ann Moss, a professor of law at Dover and a former judge of the county court, put it, “We will "
     "sail at dawn.”", "Ann Moss", "put it"),                     # past a long insertion
    ("As Moss said the levy would put it at risk, “We will sail at dawn.”", "Moss", "said"),  # a verb first
    ("Rep. Ann Moss slams Reed, praises Hale as “a steady hand.”", "Rep. Ann Moss", "praises"),  # an object
    # the writer's clause goes on after the words (a preposition, then a verb before any comma)
    ("Ann Reed has warned against “a waste of money” in the way the board spends its funds.", "Ann Reed",
     "warned"),
    ("Ann Reed said, and I quote, “The ferry stays.”", "Ann Reed", "said"),  # "I quote": the writer's aside
    # a quotation inside an opening adverbial clause: the main clause's verb after it is not its cue
    ("When Tom Reed spoke of the pier and promised he would “guard the town,” the crowd applauded loudly.",
     "Tom Reed", "promised"),
    ("Harbor Rising, a citizens group in Dover, branded the new levy “a tax on tides.”", "Harbor Rising",
     "branded"),                                                  # a capitalised -ing word ends the name
    ("In Ann Moss’s view, the levy is “a tax on tides.”", "Ann Moss", "In Ann Moss’s view"),
    ("In the opinion of Ann Moss, the levy is “a tax on tides.”", "Ann Moss", "In the opinion of"),
    # a common noun's reporting verb in a relative clause is a speaker's, not a thing's in a complement clause
    ("Ann Moss criticized the levy, which an audit said was “badly drafted” and late.", "an audit", "said"),
    # a person's relative clause whose verb stands right before the quotation introduces it; a thing's not
    ("Ann Moss praised Tom Reed, who said, “We will stay.”", "Tom Reed", "said"),
    ("Ann Moss praised a letter that said, “We will stay.”", "Ann Moss", "praised"),
    # ... and so does one whose complement holds the quotation, after a comma (non-restrictive), also
    # past an additive adverb; not a restrictive one, nor one a comma closes before the quotation
    ("Ann Moss spoke with Tom Reed, who added that the fee was “too high” for him.", "Tom Reed", "added"),
    ("Ann Moss spoke with Tom Reed as well, who added that the fee was “too high” for him.", "Tom Reed", "added"),
    ("Ann Moss spoke with Tom Reed too, who added that the fee was “too high” for him.", "Tom Reed", "added"),
    ("Ann Moss slammed rivals who believe the town should “sell off” the harbor.", "Ann Moss", "slammed"),
    # a state after a place and a comma is no speaker, nor the place's apposition
    ("The mayor of Dover, Ohio said the fee was “too high.”", "The mayor of Dover", "said"),
    ("Ann Moss told Tom Reed, who said little, that the fee was “too high” for her.", "Ann Moss", "told"),
    # a participle insertion closed before "that": the that-clause is the verb's before the insertion
    ("Lowmere Oil argued in a letter, written by Ann Moss, its counsel, that the levy was “a plain grab.”",
     "Lowmere Oil", "argued"),
    ("The memo, written by Ann Moss, argued that the levy was “a plain grab.”", "The memo", "argued"),
    # the plural subject of a free relative clause names what it calls so
    ("It is what some residents call a “tax on the poor.”", "some residents", "call"),
])
def test_speaker_before_the_quotation(text, speaker, cue):
    ((_, who, how),) = _speakers(text)
    assert (who, how) == (speaker, cue)


def test_a_quotation_in_another_named_subject_s_clause_is_not_shared():
    a = analyze("While Tom Reed calls the levy a “fine bit of policy,” Ann Moss harps on the “harbor” clause.")
    assert [(q.content, q.speaker) for q in a.quotes] == [("fine bit of policy,", "Tom Reed"), ("harbor", "Ann Moss")]


def test_a_surname_alone_past_a_conjunct_is_the_speaker():
    a = analyze("Jamal Okoro runs a small firm. Okoro, however, shot back: “Not so.”")
    assert [(q.speaker, q.cue) for q in a.quotes] == [("Jamal Okoro", ":")]


def test_a_quoted_title_inside_the_subject_makes_no_inverted_tag():
    # the verb after “Harbor,” is the subject's; the title is nobody's words
    assert _speakers("Ann Moss, author of the play “Harbor,” praised Tom Reed for “a brave vote.”") == [
        ("Harbor,", None, None), ("a brave vote.", "Ann Moss", "praised")]


# -- colon introductions -------------------------------------------------------------------------
@pytest.mark.parametrize("text, speaker, cue", [
    # the that-clause names another entity before the colon: the speaker is still the subject of "told"
    ("Ann Moss told reporters in Iowa that the United States is looking at new sanctions:\n\n"
     "“We will act within days.”", "Ann Moss", "told reporters"),
    ("Ann Moss told reporters that the United States is looking at new sanctions: “We will act.”",
     "Ann Moss", "told reporters"),
    ("Ann Moss on the sanctions: “We will act.”", "Ann Moss", ":"),
    # the headline form "speaker on topic: quotation", whoever the topic names
    ("Harbor Union Chief On Tom Reed: ‘We Pay No Candidate.’", "Harbor Union Chief", ":"),
    ("Tom Reed on Ann Moss and the pier: “She will sign.”", "Tom Reed", ":"),
    ("Reaction on the island of Dover: “We sail.”", None, ":"),                 # a common noun is no speaker
    # nobody named before the colon: the subject of the main clause's verb, when that verb is not a copula
    ("A note at the end of the audit makes the point plain: “None of it covers the pier.”", "A note", ":"),
    ("The sign over the door of the union hall carries one line: “We sail together.”", "The sign", ":"),
    ("A voice on the ferry radio greeted the crowd on Dover Radio: “Welcome home.”", "A voice", ":"),
    ("The reason is simple: “Nobody pays twice.”", None, ":"),                  # a copula names nobody
    ("When the vote came, the hall was quiet: “Nobody moved.”", None, ":"),
    ("The ministry said in a statement:\n\n“The talks failed.”", "The ministry", "said"),
    # a reporting verb of an adverbial clause right before the colon introduces it, after a named
    # speaker's verb too; a complement clause's verb does not
    ("Tom Reed spoke on as the heckler yelled: “Go home!”", "the heckler", "yelled"),
    ("Tom Reed said it again while a heckler shouted: “Go home!”", "a heckler", "shouted"),
    ("Tom Reed said the union complained: “We cannot pay.”", "Tom Reed", "said"),
    # a dash inside an opening adverbial clause: the clause's subject; after its comma, not
    ("When Reed finally stood up — “We stand together!” — the lights dimmed.", "Reed", "—"),
    ("When Reed left, Ann Moss rose — “We will fight!”", "Ann Moss", "—"),
    ("Tom Reed also embraced enhanced checks -- “I think the fence is cheap.”", "Tom Reed", "--"),
    # a name set off by a dash before the colon labels the item, whatever the line before it says
    ("FERRY FARES RISE AGAIN - Ann Moss: “The county raised fares twice this year.”", "Ann Moss", ":"),
    ("But the survey did predict the shift – Dover Ledger: “The polls were close.”", "Dover Ledger", ":"),
    # negatives: no dash before the name; no name after the dash
    ("But the survey did predict the shift, Dover Ledger noted: “The polls were close.”", "Dover Ledger",
     "noted"),
    ("The board met – and the mayor said one thing: “We will wait.”", "the mayor", "said"),
    # "From" + a document before the colon: the excerpt's source; not a longer opening
    ("From the audit: “The county lost track of nine trucks.”", "the audit", ":"),
    ("From the mayor’s statement: “We will not pay twice.”", "the mayor’s statement", ":"),
    ("From Dover to Lowmere, the mood was grim: “We will not pay twice.”", None, ":"),
])
def test_colon_introductions(text, speaker, cue):
    ((_, who, how),) = _speakers(text)
    assert (who, how) == (speaker, cue)


def test_the_united_states_is_never_split():
    text = "Ann Moss told reporters in Iowa that the United States is looking at new sanctions:\n\n“We will act.”"
    (q,) = find_quotes(text)
    assert q.speaker != "the United" and q.cue != "States"
    assert text[q.speaker_start:q.speaker_end] == "Ann Moss"


# -- turns that go on ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("“Vote early,” Tom Reed implored. “Make sure your neighbours vote too.”", ["Tom Reed", "Tom Reed"]),
    ("“We will stay,” Ann Moss said.\n\n“The work is not done.”", ["Ann Moss", "Ann Moss"]),
    ("“We will stay,” Ann Moss said.\n\n“The work is not done.\n\n“Nor will it be soon.”",
     ["Ann Moss", "Ann Moss"]),                                   # one quotation across two paragraphs
    ("Ann Moss recalled her first trip. “I saw only trees.”", ["Ann Moss"]),
    ("“We will stay,” Ann Moss said. Now, “the work is not done, and it will take a year.”",
     ["Ann Moss", "Ann Moss"]),                                   # after a conjunctive adjunct
    ("“We will stay,” Ann Moss said. But “the work is not done, and it will take a year.”",
     ["Ann Moss", "Ann Moss"]),
    ("“We can talk,” said Sen. Tom Reed Jr. (D-Pa.), a Moss backer. “You cannot all speak at once.”",
     ["Sen. Tom Reed Jr. (D-Pa.)"] * 2),                        # the designation does not end the turn
    ("Sen. Ann Moss (Ore.) has said that she would “tax the ferries till they sink. Nobody stops me.”",
     ["Sen. Ann Moss (Ore.)"]),                                   # nor does a bracketed state alone
    ("Guns are “a crisis” and “stunt growth,” Omar Diaz proclaimed.", ["Omar Diaz", "Omar Diaz"]),
    # a conjunctive adjunct before the next quotation does not end the turn
    ("Ann Moss spoke of “greed” at the port. Specifically, “the port charges twice for one berth.”",
     ["Ann Moss", "Ann Moss"]),
    ("“We will stay,” Ann Moss said. For example, “the ferry will sail at dawn.”", ["Ann Moss", "Ann Moss"]),
    # so do fronted adjuncts before a quotation that ends the sentence
    ("“We will stay,” Ann Moss said. For tenants, though, “the rent is too high.”",
     ["Ann Moss", "Ann Moss"]),
    ("Ann Moss said the town was calm. In Dover, “nobody has left.”", ["Ann Moss"]),
    ("“We will stay,” Ann Moss said. Unless the ferry runs, “the town is cut off.”", ["Ann Moss", "Ann Moss"]),
    ("“We will stay,” Ann Moss said. When Tom Reed left, “the rent was too high.”", ["Ann Moss", None]),  # a person
    ("“We will stay,” Ann Moss said. When the board said no, “the rent was too high.”",
     ["Ann Moss", "the board"]),                                   # a reporting verb: the clause has a speaker
    # an aside about the speaker between two quotations of one paragraph does not end the turn
    ("“I fix engines,” said Tom Hale. He holds two degrees and has run the depot for years. “But I like "
     "my hands.”", ["Tom Hale", "Tom Hale"]),
    ("“It is fair,” says Lena Roe, 32. She supports Ann Moss in the race. “I have loans.”", ["Lena Roe", "Lena Roe"]),
    # so does one whose subject names nobody (no person, no he/she), as a writer's note on the topic
    ("“Those are small towns,” Tom Reed said. The towns have no hospital. “That is a tough area.”",
     ["Tom Reed", "Tom Reed"]),
    ("“Those are small towns,” Ann Moss said. They lie in a dead zone. “That is a tough area.”",
     ["Ann Moss", "Ann Moss"]),
    # a participle of a gesture verb describes ("a poster beaming from walls"); a finite one still reports
    ("“We mock the rich,” said Obi Ezeh, a co-star of the revue. But the huge Ezeh poster beaming from walls "
     "and the marquee hasn't hurt sales. “Sales doubled.”", ["Obi Ezeh", "Obi Ezeh"]),
    ("“We mock the rich,” said Obi Ezeh. A critic laughed at it. “Sales doubled.”", ["Obi Ezeh", "A critic"]),
    ("“The roads are bad,” Ann Moss said. They also run far from Dover City. “Nobody fixes them.”",
     ["Ann Moss", "Ann Moss"]),                          # an adverb before the aside's verb
    # a quotation after a sentence whose subject is someone's speech: that speech
    ("Ann Moss's statement on the flood was brief. “Stay safe, Dover.”", ["Ann Moss"]),
    ("The mayor's office was closed on Sunday. “We are busy.”", [None]),  # not a speech noun
    # negatives: the writer's words in between, or a new speaker named after
    ("“We will stay,” Ann Moss said.\n\nThe crowd left.\n\n“The work is not done.”", ["Ann Moss", None]),
    ("“It is fair,” says Lena Roe. Tom Hale disagrees. “I have loans.”", ["Lena Roe", None]),
    ("“Those are small towns,” Tom Reed said. Ann Moss has no hospital. “That is a tough area.”",
     ["Tom Reed", None]),                                          # another person is the subject
    ("“Those are small towns,” Tom Reed said. She has no hospital. “That is a tough area.”",
     ["Tom Reed", None]),                                          # a she who is not the speaker
    ("“It is fair,” says Lena Roe. She left. She came back. She sat down. “I have loans.”",
     ["Lena Roe", None]),                                          # more than two sentences
    ("“We will stay,” Ann Moss said. “We will go,” Tom Reed said.", ["Ann Moss", "Tom Reed"]),
    ("“We will stay,” Ann Moss said. To Tom Reed, “the work is not done, and it will take a year.”",
     ["Ann Moss", None]),                                          # words of the writer before it
    # a clause coordinated after the attribution ends the turn: its subject speaks if its verb reports
    ("“Say hello,” Ann Moss said, and her husband replied. “Do not forget the dog.”", ["Ann Moss", "her husband"]),
    ("“Say hello,” Ann Moss said, and the crowd cheered. “Do not forget the dog.”", ["Ann Moss", None]),
    ("“Say hello,” Ann Moss said, as the crowd cheered. “Do not forget the dog.”", ["Ann Moss", "Ann Moss"]),
    # "telling" after "be" with no hearer is an adjective: no attribution from the next sentence
    ("“We will win,” Ann Moss said. “And Tom Reed is no sailor!” The remark was telling for its timing.",
     ["Ann Moss", "Ann Moss"]),
    ("“We lost,” Tom Reed was telling reporters at the pier.", ["Tom Reed"]),      # with its hearer it reports
    # the verb right before a quotation introduces it: the clause after it is the next speaker's
    ("When a dockworker yelled, “Strike,” Tom Reed answered, “Not today.”", ["a dockworker", "Tom Reed"]),
    ("Ann Moss answered: “Why would it matter?” Reporters noted the remark.", ["Ann Moss"]),
    # also past the verb's hearer or a prepositional phrase: the next clause introduces its own quotation
    ("Ann Moss asked Tom Reed, “Why now?” Reed then wrote back, “It was time.”", ["Ann Moss", "Reed"]),
    ("Ann Moss wrote to Reed on Monday, “Why now? Was the vote not enough?” Reed then replied, “No.”",
     ["Ann Moss", "Reed"]),
    ("“Why now?” Tom Reed then said, “It was time.”", ["Tom Reed", "Tom Reed"]),    # guard: no introducer
    ("Ann Moss mailed the harbour board. “Why now?” Tom Reed asked.", ["Tom Reed"]),  # guard
    ("Ann Moss went after Tom Reed on the radio, with a spot of hers asking, “Is Reed fit to serve?” The "
     "Dover Ledger noted the attack.", ["a spot"]),
    ("Ann Moss wrote: “The pier stays,” the Dover Ledger reported on Monday.", ["the Dover Ledger"]),  # the outer source closes it
    # a quotation right after another inside the writer's sentence does not open it: no turn goes on
    ("“We will stay,” Ann Moss said. Tom Reed is the voice of the “old guard” “wing” of the party.",
     ["Ann Moss", None, None]),
    ("“We will stay,” Ann Moss said. “Yes.” “No doubt.”", ["Ann Moss", "Ann Moss", "Ann Moss"]),  # these do
    # a quotation that goes on with the turn at its sentence's start shares it with the quotations after
    # it in that sentence; a later clause with a reporting verb of its own keeps its speaker
    ("“We will stay,” said Ann Moss. “This was the mayor's plan” and his aides' “quiet deal with the port.”",
     ["Ann Moss", "Ann Moss", "Ann Moss"]),
    ("“We will stay,” said Ann Moss. “This was the mayor's plan,” but Tom Reed calls it a “quiet deal.”",
     ["Ann Moss", "Ann Moss", "Tom Reed"]),
])
def test_turns(text, expected):
    assert [s for _, s, _ in _speakers(text)] == expected


_TURN = "“The levy is fair,” Obi Ezeh notes.\n\n"


@pytest.mark.parametrize("aside, expected", [
    # a paragraph about the speaker between the two quotation paragraphs does not end the turn
    ("Ezeh is hopeful about the vote, since he counts the mayor as a friend.", "Obi Ezeh"),
    ("He has run the depot since 2001. Ezeh is hopeful about the vote.", "Obi Ezeh"),
    # negatives: an aside that names nobody, or someone else, or a reporting verb, or two paragraphs
    ("The towns have no hospital.", None),
    ("Tom Reed is hopeful about the vote.", None),
    ("Ezeh is hopeful about the vote.\n\nThe towns have no hospital.", None),
    ("Ezeh is hopeful. He has run the depot for years. He sat down.", None),   # more than two sentences
])
def test_a_paragraph_about_the_speaker_goes_on_with_the_turn(aside, expected):
    quotes = analyze(_TURN + aside + "\n\n“Nobody can stop the levy now.”").quotes
    assert [q.speaker for q in quotes] == ["Obi Ezeh", expected]


def test_a_relative_clause_after_a_description_with_a_prepositional_phrase_makes_its_name_a_speaker():
    # "…, the senior clerk at the port board, who said …": the apposition reaches past "at the port
    # board", so the relative clause's "said" is the senator's and the "she" after it hers
    text = ("Ann Moss wrote the plan. It was backed on Friday by Sen. Lena Roe of Ohio, the senior clerk at the "
            "port board, who said none of it came from Moss.\n\n“The plan was always hers,” she said.")
    (q,) = analyze(text).quotes
    assert (q.speaker, q.speaker_resolution) == ("Lena Roe", "pronoun")


@pytest.mark.parametrize("intro, expected", [
    # a person who produces a speech or text ("issued a statement", "gave a speech") introduces the
    # quotation that opens the next paragraph; not one who answers another's ("rejected the claim")
    ("Mayor Obi Ezeh issued a statement on Monday.", "Obi Ezeh"),
    ("The crowd was filmed as Obi Ezeh gave a speech in Dover.", "Obi Ezeh"),
    ("Obi Ezeh rejected the claim.", None),
])
def test_a_speech_produced_introduces_the_next_paragraph(intro, expected):
    (q,) = analyze(intro + "\n\n“We will rebuild the pier.”").quotes
    assert q.speaker == expected


@pytest.mark.parametrize("aside, expected", [
    # ... and so do sentences about the speaker that close the first quotation's paragraph
    (" He turned next to the mayor.", "Obi Ezeh"),
    (" The crowd then went quiet.", None),   # naming nobody: the writer's turn, maybe
])
def test_sentences_about_the_speaker_closing_the_paragraph_go_on_with_the_turn(aside, expected):
    quotes = analyze("“The levy is fair,” Obi Ezeh added." + aside + "\n\n“Who will pay for it?”").quotes
    assert [q.speaker for q in quotes] == ["Obi Ezeh", expected]


# -- pronouns: the person, never "she" ------------------------------------------------------------
PEOPLE = "Ann Moss met Tom Reed in Dover on Monday."


@pytest.mark.parametrize("text, speaker", [
    # a quotation after a sentence of its paragraph whose subject names a person: that person
    ("Tom Reed is unapologetic about his aim. “I am not hiding it.”", "Tom Reed"),
    ("Sen. Ann Moss turned to the board. “Is that all?”", "Ann Moss"),
    ("Tom Reed left early. He is unapologetic. “I am not hiding it.”", None),  # a pronoun: not so sure
    ("The crowd is loud tonight. “We want more!”", None),                     # no person
    ("Tom Reed was hired by the union. “It is a fine job.”", None),            # a passive's subject
    ("Tom Reed was criticized by the union. “It is a sham.”", "the union"),    # a reporting verb's agent
    ("Tom Reed is unapologetic about his aim.\n\n“I am not hiding it.”", None),  # another paragraph
])
def test_a_person_who_is_the_subject_of_the_sentence_before_speaks(text, speaker):
    (q,) = analyze(text).quotes
    assert q.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    (PEOPLE + " “The deal is done,” she said.", "Ann Moss"),
    (PEOPLE + " “The deal is done,” he said.", "Tom Reed"),
    ("Tom Reed attacked Omar Diaz at the rally. “He is weak,” he said.", "Tom Reed"),   # the subject first
    ("Mr. Ortiz spoke first. “We are ready,” he said.", "Mr. Ortiz"),                 # a person not declared
    ("Tom Reed spoke at the pier. When the talk turned to Omar Diaz, “the mood got tense,” he said.",
     "Tom Reed"),                                    # a name inside an opening adverbial clause ranks low
    ("Tom Reed pointed out that Omar Diaz had reported it in June. “It is old news,” he said.",
     "Tom Reed"),                                    # the main subject before a speaker in a complement clause
    ("Tom Reed's lawyer, Ian Cole, said Omar Diaz lied. “He signed the lease,” he said.",
     "Ian Cole"),                                 # a name in apposition to the speaker is the speaker
    ("Tom Reed spoke first. For Omar Diaz, Ian Cole is the problem. “He will fail,” he said.", "Omar Diaz"),
    #                                               a viewpoint adjunct names whose view the sentence gives
    ("Tom Reed spoke first. For years, Ian Cole was the problem. “He will fail,” he said.", "Ian Cole"),
    # a her/his met first in the sentence, before any name, is whom the main clause's she/he is (Hobbs)
    ("Tom Reed spoke first, and he was upbeat. Pressed on his own plans in case Omar Diaz runs, he replied: "
     "“I don't know.”", "Tom Reed"),
    ("Omar Diaz spoke first. Asked about his plans, Tom Reed said he would wait. “I don't know,” he said.",
     "Tom Reed"),                                    # ... not for a pronoun after the name (guard)
    ("Omar Diaz spoke first. When Tom Reed arrived, he said: “I don't know.”", "Tom Reed"),  # no "his" (guard)
    # a reporting verb whose object is a thing it acts on reports no speech: its subject is no speaker
    ("For Omar Diaz, Tom Reed is exposing the logic of the plan. “The market has not failed,” he mocks.",
     "Omar Diaz"),
    ("For Omar Diaz, Tom Reed told reporters the plan was sound. “The market has not failed,” he said.",
     "Tom Reed"),                                    # ... a hearer is no such object (guard)
    ("Speaking in Dover, Ann Moss, without naming him, accused Tom Reed of lying. “The numbers are wrong,” "
     "she said.", "Ann Moss"),                       # ... not a subject's name after a place (guard)
    ("Tom Reed spoke on Monday. His wife, Jane, sat in the front row. “He worked hard,” she said.", "Jane"),
    ("Ann Moss spoke on Monday. Her father, Brad, 69, stood by the door. “We are proud of her,” he said.",
     "Brad"),                                        # a first name alone in apposition to a kinship noun
    ("Ann Moss spoke first.\n\nLaVerne LaPorte, head of the Dover Nurses Union, said her group would march.\n\n"
     "“We start at dawn,” she said.", "LaVerne LaPorte"),  # a name written with inner capitals
    ("Tom Hale, who, after a row with Mr. Omar Diaz, said on the radio that it was over. "
     "“It is a bubble,” he said.", "Tom Hale"),      # the speaker of a relative clause with an insertion
    ("Ann Moss grew up in her home state, Virginia, and left. “It was hard,” she said.",
     "Ann Moss"),                                    # ... not in apposition to another noun (guard)
    ("Tom Reed met the council in Dover.\nBoos at the pier pic.twitter.com/abc — Sam Hollis (@shollis) May 4, "
     "2018\n“It is a disgrace,” he said.", "Tom Reed"),  # not an embedded post's poster
    # the person an opening "Like" or "Unlike" compares is not the one the sentence is about
    ("Tom Reed has a habit of checking his phone. Like Omar Diaz, he starts at dawn. “We work long days,” he said.",
     "Tom Reed"),
    ("Tom Reed has a habit of checking his phone. Unlike Omar Diaz, their days start at dawn.\n\n“We work long "
     "days,” he said.", "Tom Reed"),
])
def test_pronoun_speakers_resolve_to_the_person(text, speaker):
    (q,) = find_quotes(text, actors={"Ann Moss": ["Moss"], "Tom Reed": ["Reed"], "Omar Diaz": ["Diaz"]})
    assert (q.speaker, q.speaker_resolution) == (speaker, "pronoun")
    assert text[q.speaker_start:q.speaker_end] in ("he", "she")   # the pronoun kept as evidence


@pytest.mark.parametrize("text, speakers", [
    # a name in the writer's insertion between two fragments of a quotation glosses the quoted words: no
    # antecedent of the pronoun that credits them
    ("Omar Diaz ran in 2001. Diaz's pollster, Tom Reed, says his client can still win. “The old view” -- that "
     "Diaz is soft -- “will not last,” he says.", ["Tom Reed", "Tom Reed"]),
    ("Omar Diaz ran in 2001. Tom Reed says the old view of him is wrong: “It” - that Diaz is soft - “will "
     "not last,” he says.", ["Tom Reed", "Tom Reed"]),  # guard: the speaker named in the sentence
    ("Omar Diaz ran in 2001. Tom Reed backed him. “It will not last,” he says.", ["Tom Reed"]),  # guard
])
def test_a_name_between_fragments_of_a_quotation_is_no_antecedent(text, speakers):
    quotes = find_quotes(text, actors={"Tom Reed": ["Reed"], "Omar Diaz": ["Diaz"]})
    assert [q.speaker for q in quotes] == speakers


@pytest.mark.parametrize("text, speaker", [
    # a name after a lower-case agent noun is a person's, whatever its first name
    ("After the board was faulted for remarks that likened Ann Reed to a cartoon, the news anchor Ilka "
     "Vardo reacted with a letter. The journalist urged calm. “I am worried,” she posted.", "Ilka Vardo"),
    ("After the board was faulted for remarks that likened Ann Reed to a cartoon, the psychologist Ilka "
     "Vardo reacted with a letter. The scholar urged calm. “I am worried,” she posted.", "Ilka Vardo"),
    ("After the board was faulted for remarks that likened Ann Reed to a cartoon, the news service Ilka "
     "Vardo reacted with a letter. The paper urged calm. “I am worried,” she posted.", "Ann Reed"),  # no agent noun
])
def test_a_name_after_an_agent_noun_is_a_person(text, speaker):
    (q,) = analyze(text).quotes
    assert q.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a name opening its sentence with a relative clause set off by commas is the main clause's subject,
    # where the links cannot reach its verb ("declined") and a name later in the sentence would win
    ("Ann Moss spoke on Monday. Council member Melissa Vren, who is retiring, ducked a query on whether she "
     "might head the bureau Moss had proposed. “Next question,” she said.", "Melissa Vren"),
    ("Tom Reed spoke on Monday. Omar Diaz, who is retiring, ducked a query on whether he might head the "
     "bureau Reed had proposed. “Next question,” he said.", "Omar Diaz"),
    # guard: a name that ends a description ("an adviser to Tom Reed who …") is not what the sentence is about
    ("“It is a start,” says Omar Diaz, an adviser to Tom Reed who helped draft a plan that won votes and "
     "cast him as a reformer. “It will not be enough,” he said.", "Omar Diaz"),
])
def test_a_name_with_an_aside_that_opens_the_sentence_is_its_subject(text, speaker):
    *_, q = analyze(text).quotes
    assert (q.speaker, q.speaker_resolution) == (speaker, "pronoun")


@pytest.mark.parametrize("text, speaker", [
    # a name whose description in apposition opens a relative clause speaks in it: the he/she after is hers
    ("Tom Reed spoke first. Ann Moss's plan was backed on Friday by Sen. Jane Hale, the senior member, who said "
     "the fees set by Moss were too high.\n\n“It was never fair to us,” she said.", "Jane Hale"),
    ("Tom Reed spoke first. Ann Moss's plan was backed on Friday by Sen. Jane Hale.\n\n"
     "“It was never fair to us,” she said.", "Jane Hale"),      # guard: the agent of the passive
])
def test_the_speaker_of_a_description_s_relative_clause(text, speaker):
    (q,) = analyze(text).quotes
    assert q.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # "it" resumes a body that is the subject of the nearest sentence: an organisation actor, or a common
    # noun phrase headed by a body's head word; anything else there (but the text below) leaves "it"
    ("The harbor ministry said the pier was closed. “Boats must wait,” it said.", "The harbor ministry"),
    ("Dover Shipping Company fined the crews on Monday. “We will not pay twice,” it said.",
     "Dover Shipping Company"),
    ("The pier was closed on Monday. “Boats must wait,” it said.", "it"),          # a thing
    ("Ann Moss met the ministry on Monday. “Boats must wait,” it said.", "it"),    # a person is the subject
    ("The ministry sent a letter on Monday. “Boats must wait,” it reads.", "it"),  # "reads": a text's words
    # ... or a text that a reporting verb there has as its subject; not a person's office noun
    ("A short statement issued after the harbor meeting said the pier was shut. “Boats must wait,” it said.",
     "A short statement"),
    ("The harbor spokesman said the pier was shut. “Boats must wait,” it said.", "it"),
])
def test_it_resumes_a_body(text, speaker):
    (q,) = analyze(text).quotes
    assert q.speaker == speaker


def test_a_surname_that_is_an_adjective_opens_its_clause():
    text = ("Tom French spoke first. Nevertheless, French told the club that given a choice of Ann Moss or Ned "
            "Hale, he would back Moss. He went on to call Hale “a disaster.”")
    (q,) = analyze(text).quotes
    assert (q.speaker, text[q.speaker_start:q.speaker_end]) == ("Tom French", "He")


def test_the_speaker_of_a_relative_clause_with_an_insertion_is_a_person():
    # "who, after …, said": the relative clause's verb has its antecedent as subject, past the insertion
    text = ("Then came the Ledger's editor Tom Hale, who, after a row with Mr. Omar Diaz, wrote in a column "
            "that the town was split.\n\nPeople who read only “one side,” he said, lose touch.")
    assert [(q.speaker, q.speaker_resolution) for q in analyze(text).quotes] == [("Tom Hale", "pronoun")]


def test_a_speaker_named_at_the_end_of_a_title_phrase_is_a_person():
    # "master of ceremonies" is chunked as a phrase headed by "master"; the name closing it speaks
    text = "“We open at nine,” said master of ceremonies Omid Farrahi, a teacher from Dover. “Bring friends,” he added."
    assert [(q.speaker, q.speaker_resolution) for q in analyze(text).quotes] == [
        ("Omid Farrahi", "name"), ("Omid Farrahi", "pronoun")]


@pytest.mark.parametrize("text", [
    "“The deal is done,” she said.",                              # nobody named before
    "Dover voted on Monday. “The deal is done,” she said.",       # a place is not a person
    "“Ann Moss lies,” she said.",                                 # named only inside the quotation
])
def test_pronoun_speakers_left_unresolved(text):
    (q,) = find_quotes(text, actors={"Ann Moss": ["Moss"]})
    assert (q.speaker, q.speaker_resolution) == ("she", "phrase")


def test_pronoun_speaker_is_the_person_everywhere():
    text = ("Ann Moss, the mayor of Dover, met Tom Reed on Monday.\n\n"
            "“The so-called reform is a disgrace,” she said.\n\n"
            "Reed left early.")
    a = analyze(text)
    (q,) = a.quotes
    assert (q.speaker, q.speaker_resolution) == ("Ann Moss", "pronoun")
    assert text[q.speaker_start:q.speaker_end] == "she"
    assert set(speaker_summary(a.quotes)) == {"Ann Moss"}
    moss = a.actor("Ann Moss")
    assert moss.voice.quotes == 1 and a.actor("Tom Reed").voice.quotes == 0
    quoted = [t for t in a.loaded_terms if q.start <= t.start < q.end]
    assert quoted and all(t.speaker == "Ann Moss" for t in quoted)
    assert "SHE" not in str(a.summary) and ">she<" not in a._repr_html_().lower().replace("she said", "")


# -- partial quotations and scare quotes ----------------------------------------------------------
@pytest.mark.parametrize("text, kind, speaker", [
    # in an attributed clause, or the object of a speech verb of a named speaker: partial, never scare
    ("Ann Moss said the city's “rescue plan” was a promise.", "partial", "Ann Moss"),
    ("Ann Moss called the plan “a disgrace” on Monday.", "partial", "Ann Moss"),
    ("Ann Moss dismissed the “rescue plan” as a stunt.", "partial", "Ann Moss"),
    ("Ann Moss portrayed him as “a fighter” on stage.", "partial", "Ann Moss"),          # characterize verbs
    ("Ann Moss introduced her brother as “my best friend.”", "partial", "Ann Moss"),
    ("According to aides, Ruiz was “furious” about the vote.", "partial", "aides"),     # not "Ruiz"
    ("Ruiz was “furious” about the vote, according to aides.", "partial", "aides"),
    ("Moss: Reed's plan is “a disgrace”", "partial", "Moss"),                            # a headline
    ("Reed has been “arbitrarily detained” since May, the group says.", "partial", "the group"),
    ("Tom Reed repeated his claim that “thousands” cheered.", "partial", "Tom Reed"),     # reporting nouns
    ("Tom Reed renewed his promise of “free college” on Monday.", "partial", "Tom Reed"),
    ("Tom Reed's “ten percent” comment was cruel.", "partial", "Tom Reed"),  # the noun after the quotation
    ("It was the lure of Tom Reed's “no new fees” pledge.", "partial", "Tom Reed"),  # a possessor in a complement
    # a noun that names a wording: its possessor, or the subject of a verb of using words
    ("Tom Reed and his staff have both used the term “table talk” in May.", "partial",
     "Tom Reed and his staff"),
    ("Ann Moss's campaign slogan is “Fair fares for all.”", "direct", "Ann Moss"),
    ("Many voters did not like the phrase “fare hike.”", "scare", None),         # negated
    ("Ann Moss refused to say the words “fare hike.”", "scare", None),           # declined
    ("The word “fair” appears twice in the bill.", "scare", None),              # nobody uses it
    ("The vote was close; most said the count was “very fair.”", "partial", "most"),  # a lone determiner speaks
    ("They note that the old ledgers are “off limits” now.", "partial", "They"),
    # the writer's own distance: no reporting verb, a short label
    ("The city's “rescue plan” was a promise.", "scare", None),
    ("The so-called “reform” failed in May.", "scare", None),
    ("Critics see the “rescue plan” as a stunt.", "scare", None),
    # the "as" complement of a verb of seeing or judging is the subject's (or agent's) wording
    ("Critics see the plan as “a stunt.”", "partial", "Critics"),
    ("Many voters view Reed as “a career politician.”", "partial", "Many voters"),
    ("It is a choice seen by its backers as a “safe harbor” for moderates.", "partial", "its backers"),
    ("Critics do not see the plan as “a stunt.”", "scare", None),             # negated
    ("The pier is known as “the long walk.”", "scare", None),                 # nobody sees it so
    ("She read “War and Peace” during the “crisis”.", "scare", None),    # a reader reads, a text "reads"
    ("The “rescue plan” failed, and the report says so.", "scare", None),   # the report's verb is another clause's
    ("It is unwise to praise the “fair” tax so much.", "scare", None),  # an anticipatory "it"
    ("It is not wise to stress the “common” vote over others.", "scare", None),
    ("Under the new “clean air” rule, inspectors may shut a mill without the owner threatening anyone.",
     "scare", None),                                                     # a participle's borrowed subject
    ("The plan's “promise” of growth was empty.", "scare", None),             # a reporting noun nobody owns
    ("His team aired a short film called “Our Town” on local TV.", "title", None),  # a name, not speech
    ("Ned Harlow, a consultant whose firm Reed hired, said she would be “stunned” if Reed won.", "partial",
     "Ned Harlow"),                                                      # an apposition with "whose"
    ("Tom Reed claims that the bank “takes its orders” from Dover.", "partial", "Tom Reed"),  # "claims": a verb
    ("Reed's accusation that Moss is playing the “city card” started a row.", "partial", "Reed"),  # noun + that
    ("Ann Moss runs a site which she described as “wide open.”", "partial", "Ann Moss"),  # "she described"
    ("The clinic set out a plan saying the town “cannot test everyone.”", "partial", "The clinic"),
    ("Another said she hoped with her “whole heart” that Reed wins.", "partial", "Another"),  # a lone determiner
    ("Some argued the plan was “a sham.”", "partial", "Some"),
    ("That said, the plan is “dead.”", "scare", None),                  # "That said": no speaker
    ("The clinic set the “rescue plan” aside.", "scare", None),           # "set": a past tense, not a speaker's
    ("Reed's claim that taxes rose was false, and the “lie” spread.", "scare", None),  # a clause of its own
    ("The Reed claims that were filed in May are “bogus.”", "scare", None),  # a noun before a relative clause
    ("Ned Harlow, an aide, called on the mayor to quit and declared she had hit “rock bottom.”", "partial",
     "Ned Harlow"),                                                      # "called on … and said": past tenses
    ("Moss drew a reply from Tom Reed, who called the mayor “unfit to serve” in office.", "partial", "Tom Reed"),
    ("Her friend is Ned Harlow, whom one city insider described as “her brother.”", "partial",
     "one city insider"),
    ("Sen. Ann Moss, a Democrat on the panel, advocates a “flat fee” for every driver.", "partial",
     "Sen. Ann Moss"),
    # rule a stops at a coordinator: the reporting verb after it is another clause's
    ("Ann Moss called the plan “flawed,” and Tom Reed said it was fine.", "partial", "Ann Moss"),
    ("The count was “flawed” on Sunday, and two judges said so.", "scare", None),
    # a proper noun no actor took up opens the sentence; a title in its insertion stops the links
    ("Halloran, the editor of “Small Harbors,” on ferries, said the years when the island had “one common "
     "story” were over.", "partial", "Halloran"),
    # a possessor that names a person by office owns the reporting noun's content; a thing does not
    ("The Dover senator’s reply to the board was that “the harbor comes first.”", "partial", "The Dover senator"),
    ("The bill’s reply to the board was that “the harbor comes first.”", "scare", None),
    # an imperative after an opening bracket has no inverted subject
    ("Ann Moss said the pier was “the heart of the town,” not for its size (think Dover or Lowmere) but for "
     "its “daily crowds.”", "partial", "Ann Moss"),
    # a quotation inside a noun phrase takes no attribution from its clause's verb after it
    ("The minister's “plan” was dismissed by critics on Monday.", "scare", None),
    # so does a title in a prepositional phrase, the name after it opening the next clause
    ("Tom Reed, a co-founder of “The Harbour Party” Ann Moss, one of the pilots is heard saying it was late.",
     "title", None),
    # "claims" before a complement clause is the verb, not a plural noun
    ("Ann Moss claims the levy was “a betrayal of the harbour.”", "partial", "Ann Moss"),
    # a partitive is a subject: its coordinated reporting verb is its own
    ("One of the fishermen, Tom Hale, 70, had worked the docks for years and said the levy was “a betrayal.”",
     "partial", "Tom Hale"),
    ("Still, Reed remains a “force for change,” Lane said.", "partial", "Lane"),  # the attribution after a comma
    # "continue" before an infinitive inside the quotation reports nothing: the verb that does speaks
    ("She said that her team would continue “to break new ground” in every town.", "partial", "She"),
    # a quotation ending in "!" ends no sentence before "and said" (segmentation): the same speaker
    ("She declared “What a night!” and said that her team would go on “to break new ground” in every town.",
     "partial", "She"),
])
def test_partial_or_scare(text, kind, speaker):
    q = find_quotes(text)[-1]
    assert (q.kind, q.speaker) == (kind, speaker)


@pytest.mark.parametrize("text, kind, speaker", [
    # the subject of the reporting verb past a postmodifier, a pronoun, "at least", a designation
    ("People familiar with the talks said the deal was “all but done.”", "partial",
     "People familiar with the talks"),
    ("Tom Ferrel, a lobbyist close to the board, says the goal is “to sink the levy.”", "partial", "Tom Ferrel"),
    ("They state their aim is to widen “the harbor zone” by May.", "partial", "They"),
    ("At least half of the riders say the two fares are “about right,” though few use both.", "partial",
     "half of the riders"),
    ("Ann Moss (D-Vt.) on Saturday criticized the deal, saying it falls “well short of the need.”", "partial",
     "Ann Moss"),
    ("While those polled said Tom Reed has the “best record,” Moss won.", "partial", "those"),
    # a relative clause with commas of its own between the name and its verb
    ("Tom Reed, whose town, Dover, may flood as the sea rises, argues that a levy would “ruin the port.”",
     "partial", "Tom Reed"),
    # a participle in an opening adverbial clause speaks for the main clause's subject
    ("But while denouncing the “greed” of the board, Ann Moss has not outlined a plan.", "partial", "Ann Moss"),
    ("After calling the levy “a scam,” Ann Moss left the hall.", "partial", "Ann Moss"),
    ("While Reed's call for a “revolt” draws crowds, Ann Moss gets polite applause.", "partial", "Reed"),  # a
    #                                      speech noun's owner, not the main clause's subject
    # a reporting noun's "of" complement or "by" phrase names its speaker; "for" names no speaker
    ("The files back the contention of Ann Moss that the papers were “over-classified.”", "partial", "Ann Moss"),
    ("It was the suggestion by Tom Reed that the judge “ought to be watched” that drew fire.", "partial",
     "Tom Reed"),
    ("Tom Reed began his talk with a call for the Dover Party to “embrace” his plan.", "partial", "Tom Reed"),
    # a lone "many" after a relative "that" is the subject of the naming verb
    ("Dover won the title game that many are calling a “true classic.”", "partial", "many"),
    # a passive reporting verb's agent after the quotation
    ("The plan has been called “a gift to the rich” by Tom Reed, a professor at Dover College.", "partial",
     "Tom Reed"),
    ("The plan was delayed “for years” by the flood.", "scare", None),          # negative: not a reporting verb
    ("The port was called a “ghost town” by Tom Reed on Monday.", "partial", "Tom Reed"),  # past a determiner
    ("The plan was described as a “stunt” by Tom Reed.", "partial", "Tom Reed"),   # guard
    ("The port was a “ghost town” by then.", "scare", None),                    # negative: no verb before it
    # "according to" a lone determiner and a phrase of place: "some on the council" speak
    ("According to some on the council, Moss was “incognito” that day.", "partial", "some"),
    # a reporting verb in a closed opening adverbial clause does not reach the main clause
    ("While many agreed with the speech, his mangling of “Dover” drew laughs.", "scare", None),
    # object control: the object of "leading … to" speaks
    ("The post was shared widely, leading party advisers like Tom Reed to counter that “every cent went to the "
     "mill.”", "partial", "party advisers"),
    # a quotation in the "that" clause of a reporting noun is its owner's, even after a reporting verb
    ("Gov. Tom Reed blamed the press for making much of Ann Moss's claim that the mayor “owns the club,” "
     "saying they had missed the point.", "partial", "Ann Moss"),
    ("Jim Lane said in his remarks that the plan was “dead on arrival.”", "partial", "Jim Lane"),  # the verb's
    ("Jim Lane said Ann Moss's comments “are based on opinion.”", "partial", "Jim Lane"),  # no "that" clause
    # verbs of expressing publicly report speech
    ("Governor Lane expressed frustration that the allies were acting as “free riders.”", "partial", "Lane"),
    # the quotation of a reporting verb in a relative clause is not the next clause's
    ("In a clip that Judge Ann Moss called “vile,” Tom Reed expressed a wish to “fight on.”", "partial",
     "Tom Reed"),
    # a noun that names a wording reports as a reporting noun does, also as a copula's subject
    ("Reed’s slogan was that the voters “always know best.”", "partial", "Reed"),
    ("Ann Moss spoke. Tom Reed’s catch phrase in the race was that Moss “would say anything to win.”", "partial",
     "Tom Reed"),
    ("The words on the sign were “no more cuts.”", "scare", None),              # negative: nobody owns them
    # a month after a time preposition is a date: the name after it is the subject
    ("Tom Reed spoke first. In April Reed said the plan was “a mess.”", "partial", "Tom Reed"),
    # the subject of a clause past a "who" insertion speaks, not the main clause's
    ("Some voters said the speech recalled 1992, when Mr. Reed, who had lost the primary, called for a "
     "“culture war.”", "partial", "Reed"),
    # an absolute clause after a dash: its own subject speaks, not the main clause's
    ("The board met for an hour – Moss saying the levy was “a fair price.”", "partial", "Moss"),
    # a speech verb after a bracketed designation is the name's verb, not the later clause's subject
    ("Sen. Tom Reed (D-Ore.) stated that the row over the fees was “far from over.”", "partial", "Tom Reed"),
    # an office's "of" name with a possessive mark is the possessor: the aide speaks, not its owner
    ("Secretary of State Tom Reed's aide said the plan was “dead on arrival.”", "partial",
     "Secretary of State Tom Reed's aide"),
    # a short phrase quoted inside the introducing clause does not cut the introduction off
    ("In its editorial the Dover Ledger counts the people the robbers – armed with “assault rifles” – hurt in "
     "an hour: “In taking 12 lives, the robbers showed their aim.”", "direct", "Dover Ledger"),
    # "speak volumes" reports no words ("that fact" is its subject); "speak of" still reports
    ("Tom Reed, meanwhile, who lacks any such backing, argued that fact spoke volumes on who is “ready to fight the "
     "machine.”", "partial", "Tom Reed"),
    ("Ann Moss left. Tom Reed speaks of “a new dawn” for the port.", "partial", "Tom Reed"),
])
def test_partial_or_scare_in_the_full_analysis(text, kind, speaker):
    """With the actors the analysis finds (names, roles), as a user gets them."""
    q = analyze(text).quotes[-1]
    assert (q.kind, q.speaker) == (kind, speaker)


@pytest.mark.parametrize("text, kind, speaker", [
    # a long insertion after the name that opens the sentence, with an infinitive in it, which the links
    # do not cross: the verb after it is still the named person's
    ("Ted Varga, a founder of the Harbor Fund and a backer of a plan to build new boats, welcomed “the new "
     "plan.”", "partial", "Ted Varga"),
    ("Ted Varga, a founder of the Harbor Fund and a backer of a plan to build new boats, joined the staff at "
     "“Access Dover.”", "scare", None),                         # capitalised words: a name, not speech
])
def test_partial_after_a_long_insertion(text, kind, speaker):
    q = find_quotes(text, actors={"Ted Varga": ["Varga"]})[-1]
    assert (q.kind, q.speaker) == (kind, speaker)


# -- a short quotation that goes on with the speaker's turn (rule k) -------------------------------
TURN_ACTORS = {"Ann Moss": ["Moss"], "Tom Reed": ["Reed"]}


@pytest.mark.parametrize("text, kind, speaker", [
    ("Ann Moss said the levy was unfair. It would hit “working families” hardest.", "partial", "Ann Moss"),
    ("“The levy is unfair,” Ann Moss said. It would hit “working families” hardest.", "partial", "Ann Moss"),
    ("Ann Moss said the levy was unfair. She wants “working families” spared.", "partial", "Ann Moss"),
    # negatives: another paragraph, no attribution before, a subject or a person of its own
    ("Ann Moss said the levy was unfair.\n\nIt would hit “working families” hardest.", "scare", None),
    ("The levy was unfair. It would hit “working families” hardest.", "scare", None),
    ("Ann Moss said the levy was unfair. The board wants “working families” to pay.", "scare", None),
    ("Ann Moss said the levy was unfair. It would hit Tom Reed’s “working families” hardest.", "scare", None),
    # a partial quotation (lower case, any length) goes on the same way
    ("“The levy is unfair,” noted a report for the Dover council. It “is a gift to the ferry firms at the "
     "expense of the town and its many small shops.”", "partial", "a report for the Dover council"),
    ("“The levy is unfair,” Ann Moss said. The board still “plans to raise it again next spring for every "
     "household in the county.”", "partial", None),                   # a subject of its own
    # ... unless the sentence before is reported speech as a whole, its attribution closing it
    ("The levy is hard to repeal, Ann Moss said. Good sense can still win, but only when “the facts are "
     "plain.”", "partial", "Ann Moss"),
    ("The levy is hard to repeal, said Ann Moss on Monday. The board wants “working families” to pay.",
     "partial", "Ann Moss"),
    # the writer and the reader are no speaker of the story: "I" opening the sentence, "us" before it
    ("Ann Moss promised a new levy. I go into the “levy” trap in this column.", "scare", None),
    ("Ann Moss said the levy was unfair. And where did this “levy” idea come from?", "scare", None),  # a question
    ("They came, or so the critics would have us think. They stayed “over there” for years.", "scare", None),
])
def test_short_quotation_goes_on_with_the_turn(text, kind, speaker):
    q = find_quotes(text, actors=TURN_ACTORS)[-1]
    assert (q.kind, q.speaker, q.cue) == (kind, speaker, None)


# -- rule l: a short quotation in the clause of a named subject --------------------------------------
@pytest.mark.parametrize("text, kind, speaker", [
    ("Ann Moss supports “fair bus fares” for students.", "partial", "Ann Moss"),
    ("Ann Moss offered herself as a “clean streets” candidate.", "partial", "Ann Moss"),
    ("Tom Reed left early. He hopes to build a “fair” economy.", "partial", "Tom Reed"),   # a resolved he
    ("Ann Moss wants Tom Reed to lead a “bold” plan.", "partial", "Ann Moss"),  # not "to lead"
    ("Ann Moss sent “warm wishes to every runner in the race.”", "partial", "Ann Moss"),  # partial
    # a list of predicates: the comma inside the marks ends the first item, the verb after it is no
    # predicate of the quotation
    ("Ann Moss supports “fair bus fares,” opposes fare caps and cited the budget.", "partial", "Ann Moss"),
    ("Tom Reed summed up the plan as “careless,” attacked its costs and left.", "partial", "Tom Reed"),
    # negatives: a copula; a subject that names nobody; no verb before; the writer's own label
    ("Ann Moss is “confident that the mayor will act.”", "partial", None),
    ("The board sent “warm wishes to every runner in the race.”", "partial", None),
    ("Ann Moss is a “reformer” at heart.", "scare", None),
    ("Ann Moss has a “plan” for the town.", "scare", None),
    ("The board's “plan” failed.", "scare", None),
    ("The board supports “fair bus fares” for students.", "scare", None),
    ("After the “reform”, Ann Moss left town.", "scare", None),
    ("Ann Moss left town, and the “reform” failed.", "scare", None),
    ("Ann Moss left town because the “reform” failed.", "scare", None),
    # a name others use for the subject is not its words
    ("Tom Reed, who goes by “Skip,” joined the board.", "scare", None),
    ("Tom Reed, who goes by “Skip” in Dover, joined the board.", "scare", None),
])
def test_short_quotation_in_a_named_subjects_clause(text, kind, speaker):
    q = find_quotes(text, actors=TURN_ACTORS)[-1]
    assert (q.kind, q.speaker, q.cue) == (kind, speaker, None)


@pytest.mark.parametrize("text, speaker, cue", [
    ("The flyer claims “Moss will fix the roads.”", "The flyer", "claims"),
    ("“The bridge will hold,” a narrator in the video states.", "a narrator", "states"),
    ("Ann Moss belittled the report, calling it a “clerical slip” of no weight.", "Ann Moss", "calling"),
    ("“Nobody doubted him,” she elaborated.", "she", "elaborated"),          # verbs widened on 2026-11-29
    ("“Plant more trees,” it recommended.", "it", "recommended"),
    ("“Fight back, whatever it takes,” Ann Moss went on.", "Ann Moss", "went on"),  # widened on 2026-11-29 night
    ("“Would you stay in the race?” Tom Reed pressed.", "Tom Reed", "pressed"),
    ("A county study found that “most roads need repair within five years.”", "A county study", "found"),
    ("“We won every ward in the county,” Ann Moss crowed.", "Ann Moss", "crowed"),
    ("“Not again,” Tom Reed sighed.", "Tom Reed", "sighed"),
    ("Jane Moss shot back, “The council has failed us.”", "Jane Moss", "shot back"),
    ("Yet another said, “The mayor is in a tough race.”", "another", "said"),
    ("Another advised, “Drive slowly in the rain.”", "Another", "advised"),
    ("“We have the same plan for the town,” Cuban said.", "Cuban", "said"),
    ("“We were the party of big government,” From said.", "From", "said"),
    ("“You have called voters fools,” Moss charged in her remarks.", "Moss", "charged"),
    ("“Nobody in the county backs the levy,” said one unaligned party strategist.",
     "one unaligned party strategist", "said"),
    ("“Let me be clear,” Sen. Ann Moss, R-Ky., said.", "Sen. Ann Moss", "said"),
    ("Tom Reed, clearly frustrated, responded, “I am sick of it.”", "Tom Reed", "responded"),
    # a long apposition or relative clause between the quotation and the verb
    ("“The data showed a rise,” Tom Reed, an economic adviser to the party and former director of the "
     "budget office, wrote after the report.", "Tom Reed", "wrote"),
    ("“You get this job only by marriage,” Ann Lee, who ran the county budget office for ten years before "
     "the great flood, told reporters.", "Ann Lee", "told reporters"),
])
def test_speakers_after_tag_repairs(text, speaker, cue):
    ((_, who, how),) = _speakers(text)
    assert (who, how) == (speaker, cue)


# -- rule i: a reporting participle without a subject of its own -----------------------------------
@pytest.mark.parametrize("text, speaker, cue", [
    ("The clip then cuts to a photo of Ann Moss saying, “We can fix the bridge.”", "Ann Moss", "saying"),
    ("Ann Moss spoke last. Adding, “The bridge opens in May.”", "Ann Moss", "Adding"),
    ("Ann Moss spoke last. And adding, “The bridge opens in May.”", "Ann Moss", "adding"),
    ("Ann Moss spoke last. Adding, “The bridge opens in May. … The ferry stops then.”", "Ann Moss",
     "Adding"),                                                   # a quotation of several sentences
    # negatives: nobody speaks in the sentence before; a comma parts the name from the participle
    ("The rain fell. Adding, “We are done.”", None, None),
    ("The rain fell. Adding, “We are done. We go home.”", None, None),
    ("Ann Moss met Tom Reed, saying “we are done.”", "Ann Moss", "saying"),
])
def test_reporting_participle(text, speaker, cue):
    ((_, who, how),) = _speakers(text)
    assert (who, how) == (speaker, cue)


# -- rule i': a reporting verb the links left without a subject -----------------------------------
def test_a_closed_opening_clause_is_no_matrix_clause():
    """A reporting verb inside an opening adverbial clause that a comma closed does not make the main
    clause a complement clause: the main clause's own reporting verb is the cue."""
    text = ("Sen. Ann Moss spoke first. After saying she thought the levy was fair, the senator said, "
            "“We will vote for it.”")
    q = analyze(text).quotes[-1]
    assert (q.speaker, q.cue) == ("Ann Moss", "said")


def test_a_question_that_ends_its_sentence_does_not_end_the_turn():
    """“…?” said X, <clause naming Y>. “…”: the attribution after the question mark stays in the
    quotation's sentence (no break before a lower-case word), so the next quotation goes on with X,
    not with Y, the subject of the reporting verb inside the attribution's clause."""
    text = ("“Who is the real fraud here?” said Tom Reed, using a term Ann Moss has used to describe Jim Lane, "
            "on a call with reporters. “The board produced bills that shortchanged the town.”")
    assert [q.speaker for q in analyze(text).quotes] == ["Tom Reed", "Tom Reed"]


@pytest.mark.parametrize("text, speaker", [
    ("Ann Moss, the editor of the weekly, The Dover Ledger, and a former judge, said every mayor was "
     "“both civic and political.”", "Ann Moss"),
    ("Ann Moss, vice president, treasurer, and general counsel of the firm, said every mayor was "
     "“both civic and political.”", "Ann Moss"),
    ("Ann Moss, a county aide who ran the count in 2008 and is now the party's chair, said every mayor was "
     "“both civic and political.”", "Ann Moss"),                          # a relative clause in the insertion
    # negatives: a common noun opens the sentence; the name has a verb of its own
    ("The weekly, the oldest paper of the county, its rival, and a radio station, said every mayor was "
     "“both civic and political.”", None),
    ("Ann Moss left early, and the weekly, the paper of the county, its rival, and the radio, said every "
     "mayor was “both civic and political.”", None),
])
def test_opening_speaker_of_an_unlinked_verb(text, speaker):
    ((_, who, _),) = _speakers(text, actors={"Ann Moss": ["Moss"]})
    assert who == speaker


# -- rule m: a reporting verb in the sentence or its introduction always names someone ------------
@pytest.mark.parametrize("text, speaker, cue", [
    ("Ann Moss rose to reply that the levy had failed. “Nobody wanted it.”", "Ann Moss", None),  # rule e
    ("The audit prompted Tom Reed to state, “The budget is broken.”", "Tom Reed", "state"),
    ("Ann Moss used the hearing to demand the council “act before the winter.”", "Ann Moss", "demand"),
    ("Ann Moss took the stage on Monday, saying “the levy is dead for this year.”", "Ann Moss", "saying"),
    ("The flyer praised Ann Moss and claimed that “she will raise every tax in sight.”", "The flyer", "claimed"),
    ("The county party's email to its members notes that Ann Moss “has never missed a vote.”",
     "The county party's email", "notes"),
    ("According to CityCentral, one road sign read, “Drive slow and live long in the county.”", "CityCentral",
     "According to"),                                                   # no phrase the chunker made
    ("A spokesman for the Dover mill - “the best place in the county to work,” in its own words - noted "
     "that the mill is hiring.", "A spokesman for the Dover mill", "noted"),  # the phrase before an insertion
    ("Ann Moss, a city planner, notes that widening the road “will not cut the traffic at all.”", "Ann Moss",
     "notes"),                                                          # -s form before "that" + gerund
    ("The plan prompted the council to call a vote on the bridge; one member called Ann Moss “the queen of "
     "delay in this town.”", "one member", "called"),                  # not across the semicolon
    ("Ann Moss — mentioned by the weekly as the leading choice for party nominee Tom Reed’s running mate — "
     "told Bill Reilly of Dover Radio, that “the party must weigh the offer with great care.”", "Ann Moss",
     "told"),                                                           # the hearer of "told" never speaks
    ("“Fares are up. The council has the money. It has no choice” but to pay the debt, says Tom Reed, a "
     "consultant.", "Tom Reed", "says"),                              # the verb after, where the quotation ends
    ("The levy vote is near, with Ann Moss recently promising to “close every toll booth by May.”", "Ann Moss",
     "promising"),                                                      # "with" + a name + adverb + participle
    ("The council sent a letter on Monday. “The ferry will stop in May,” it reads.", "it", "reads"),  # a text
    # negatives: a passive names no speaker; a thing does not speak through a participle; a turn
    # that a coordinated clause ended
    ("Ann Moss was asked about the levy on Monday. “It is a fine plan for the town.”", None, None),
    ("The ad's last shot of the empty bridge, saying “Dover deserves better than this.”", None, None),
    ("The ad cuts to a shot of the empty bridge, saying “Dover deserves better than this.”", "The ad", "saying"),
    # ^ a linked subject speaks, a thing too (the participle's subject by control)
    ("“Say hello,” Ann Moss said, and the crowd cheered. “Do not forget the dog.”", None, None),
])
def test_last_resort(text, speaker, cue):
    q = find_quotes(text, actors={"Ann Moss": ["Moss"], "Tom Reed": ["Reed"], "Bill Reilly": ["Reilly"]})[-1]
    assert (q.speaker, q.cue) == (speaker, cue)


# -- verbs of going on speaking before an infinitive; relative clauses; places before a colon ---------
@pytest.mark.parametrize("text, speaker, cue", [
    ("As the city continued to ignore the warnings, the river seemed “out of control.”", None, None),
    ("Ann Moss continued to insist that the audit was “a witch hunt.”", "Ann Moss", "insist"),
    ("“We will rebuild,” Ann Moss continued.", "Ann Moss", "continued"),
    ("“We won,” Ann Moss went on.", "Ann Moss", "went on"),
    ("“It was more,” Ann Moss added to the weekly.", "Ann Moss", "added"),   # "to" before a hearer
    # "agree" before an infinitive is consent to act, not assent to words
    ("The fee stays until the harbour board agreed to pay a sum of “$2 million.”", None, None),
    ("The harbour board agreed that the fee was “too high.”", "The harbour board", "agreed"),  # guard
    ("County officials who opposed the levy said it was unfair despite the “rainy day” fund.",
     "County officials", "said"),                                            # not the relative clause's object
    ("Teachers who think Ann Moss said “no” were wrong.", "Ann Moss", "said"),  # a clause after "think"
    ("“Get out!” a woman can be heard shouting in the video.", "a woman", "shouting"),  # perceived speech
    ("“You are not welcome here!” Ann Moss is heard saying on the tape.", "Ann Moss", "saying"),
    ("“Get out!” a woman was seen leaving the hall.", None, None),        # not a reporting -ing form
    ("Ann Moss points out that the levy failed. “Nobody wanted it.”", "Ann Moss", None),  # rule e
])
def test_going_on_and_relative_clauses(text, speaker, cue):
    ((_, who, how),) = _speakers(text, actors={"Ann Moss": ["Moss"]})
    assert (who, how) == (speaker, cue)


@pytest.mark.parametrize("text, speaker", [
    ("The river rose in Dover on Monday. Radio tapes from the night of the Dover flood: “The levee is gone.”",
     None),                                                                  # a place modifying "flood"
    ("Ann Moss spoke in Dover on Monday. Ann Moss on the flood in Dover: “The levee is gone.”", "Ann Moss"),
])
def test_colon_never_credits_a_place_that_modifies(text, speaker):
    (q,) = analyze(text).quotes
    assert (q.speaker, q.cue) == (speaker, ":")


# -- rule e': a quotation signed with a dash ----------------------------------------------------------
@pytest.mark.parametrize("text, speaker", [
    ("“The levy is dead for this year.” — Ann Moss", "Ann Moss"),
    ("“The levy is dead for this year.” —Ann Moss, mayor of Dover, in a speech on Monday", "Ann Moss"),
    ("The claims were checked.\n\n“I never voted for the levy.”\n\n- Moss.\n\nMoss voted for it twice.",
     "Ann Moss"),
    ("“We sail at noon.”\n— Tom Reed", "Tom Reed"),
    # negatives: a finite verb after the name (the writer's sentence); not opening its paragraph; a common
    # noun; a long line; the turn of the speaker before goes on (a byline under the last quotation)
    ("“We sail at noon.” — Tom Reed conceded on Monday that the ferry is late.", None),
    ("The ferry plan is “a mess” — Tom Reed", None),
    ("“We sail at noon.” — the crowd", None),
    ("“We sail at noon.” — Tom Reed and the rest of the crew of the ferry, who had waited at the pier for "
     "three long days", None),
    ("“We sail,” Ann Moss said.\n\n“The tide is high.”\n\n— Tom Reed, Dover Ledger", "Ann Moss"),
])
def test_signed_quotation(text, speaker):
    q = find_quotes(text, actors={"Ann Moss": ["Moss"], "Tom Reed": ["Reed"]})[-1]
    assert q.speaker == speaker
    if speaker is not None:
        assert q.cue is None


def test_a_surname_that_is_a_common_word_opens_a_sentence_as_a_name():
    """"Sexton" is also a noun; opening its sentence without a determiner before a comma or a verb it is
    the alias of the detected Paul Sexton, so the "he" after it is his, not the other man's."""
    text = ("Paul Sexton, a teacher, went to a fair held by Tom Dover. “It was loud,” Sexton said. "
            "Sexton, after two earlier Dover events, wrote that he feared a fight.\n\n"
            "“The crowd was angry,” he said.")
    assert [q.speaker for q in analyze(text).quotes] == ["Paul Sexton", "Paul Sexton"]
