"""Right speaker or none (issue 8, round 23): wrong speakers, lost claims and missing channels found with invented
news about social media and online speech (BuzzFeed News, The Verge, Daily Beast, Guardian, BBC, Politico, Sky News,
Indian and Australian outlets): posts on X, Truth Social, Instagram, TikTok and Bluesky, reposts, replies, viral clips.
Each class is a case here with a negative twin. The sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims


def _speakers(text: str, words: str) -> set:
    return {c.speaker for c in extract_claims(text) if words in c.quote}


def _vias(text: str, words: str) -> set:
    return {c.via for c in extract_claims(text) if words in c.quote}


# --------------------------------------------------------------------------- `Rayner replied: "Pathetic from the Tories."`

@pytest.mark.parametrize("text, words, expected", [
    # trap: a short title-cased post after "<verb>:" was taken for a title and lost
    ('Angela Rayner replied: "Pathetic from the Tories."', "Pathetic", {"Angela Rayner"}),
    ('Angela Rayner wrote: "Pathetic from the Tories."', "Pathetic", {"Angela Rayner"}),
    ('Donald Trump wrote on Truth Social: "Thank You Texas!"', "Thank You Texas", {"Donald Trump"}),
    # twin: a name after a verb of naming, or after an object before the colon, is a title
    ('The book is called: "The Art of the Deal."', "Art of the Deal", set()),
    ('His new album is out next week. He announced its title: "Songs of the Sea."', "Songs of the Sea", set()),
    ('The programme was renamed: "Operation Warp Speed."', "Warp Speed", set()),
    # twin: a longer quotation was spoken before, as it is now
    ('Rayner replied: "That is pathetic from the Tories and they know it."', "pathetic", {"Rayner"}),
])
def test_title_cased_post_after_verb_and_colon(text, words, expected):
    assert _speakers(text, words) == expected


# --------------------------------------------------------------------------- `"Q." Trump has not commented on it.`

@pytest.mark.parametrize("text, words, expected", [
    # trap: a sentence saying someone did NOT speak was read as the quotation's attribution
    ('The meme, which shows Smith behind bars, reads: "Lock him up." Trump has not commented on it.', "Lock him up",
     set()),
    ('Mr Trump reposted a message from a supporter that read: "Jack Smith should be in prison." He did not comment '
     'further.', "Jack Smith", {None}),
    # twin: a quotation with "not" inside it keeps the speaker after it
    ('Ed Rendell was even more resolute. "Absolutely not," he said of the possibility.', "Absolutely not",
     {"Ed Rendell"}),
    # twin: a short attribution after the quotation still gives it its speaker
    ('"Lock him up." Trump wrote on Friday.', "Lock him up", {"Trump"}),
])
def test_silence_after_quotation_is_no_attribution(text, words, expected):
    assert _speakers(text, words) == expected


# --------------------------------------------------------------------------- channels of posts

@pytest.mark.parametrize("text, words, expected", [
    # trap: a platform's feature named after it ("an Instagram story") named no channel
    ('"I am heartbroken," Selena Gomez said in an Instagram story on Thursday.', "heartbroken", {"Instagram"}),
    ('In a TikTok live on Sunday, the influencer said she had been "hacked."', "hacked", {"TikTok"}),
    ('Speaking in an Instagram Live, Drake said the album was finished.', "album", {"Instagram Live"}),
    # trap: the platform the parser hung on the thing posted ("posted a series of messages on Instagram, writing")
    ('Kanye West posted a series of messages on Instagram on Saturday, writing that he was "done with the music '
     'industry."', "done with", {"Instagram"}),
    ('The minister shared a link on X, adding that the figures were "encouraging."', "encouraging", {"X"}),
    # trap: an answer's platform ("Responding on Bluesky")
    ('Responding on Bluesky, the author Stephen King wrote: "Just when you think it can\'t get worse."', "get worse",
     {"Bluesky"}),
    # trap: a length was taken for the outlet ("a three-hour interview": via "three-hour")
    ('Hunter Biden attacked the former president in a three-hour interview on YouTube, saying he was "a cancer on '
     'democracy."', "cancer", {"a three-hour interview on YouTube"}),
    # twin: a news story, a story on a website, is no platform's feature
    ('"We are ready," the coach said in a story on the club\'s website.', "ready", {None}),
    # twin: a ban on a platform, criticised, is no channel; nor what an answer answered
    ('The senator criticised the ban on TikTok, saying it was "an attack on free speech."', "attack", {None}),
    ('Responding to Labour, the minister said the figures were "misleading."', "misleading", {None}),
    ("Commenting on Boeing's results, the analyst said the company was \"in trouble.\"", "in trouble", {None}),
    # twin: a named outlet before the interview stays the channel
    ('"We will win," the senator said in a Fox News interview.', "We will win", {"Fox News"}),
])
def test_channel_of_posts(text, words, expected):
    assert _vias(text, words) == expected


# --------------------------------------------------------------------------- `Trump reposted a meme that read "Q"`

@pytest.mark.parametrize("text, words, expected", [
    # trap: the one who reposts or shares another's post was given its words
    ('Mr Trump reposted a meme that read "Jack Smith should be in prison."', "Jack Smith", {None}),
    ('Mr Trump reposted a message from a supporter that read "Jack Smith should be in prison."', "Jack Smith",
     {None}),
    ('Mr Trump shared a message from a supporter: "Jack Smith should be in prison."', "Jack Smith", {None}),
    # twin: one's own post, or one's own words on what one shares, are one's own
    ('Mr Trump posted a message that read "Jack Smith should be in prison."', "Jack Smith", {"Trump"}),
    ('Starmer retweeted the post, writing: "Spot on, Wes."', "Spot on", {"Starmer"}),
    ('The Prime Minister shared a video from Downing Street: "A proud day for Britain."', "proud day",
     {"Prime Minister"}),
    # twin: the author named in the sentence speaks
    ('Musk shared a post from an anonymous account that said "the civil war is inevitable."', "civil war",
     {"anonymous account"}),
])
def test_reposted_words_are_not_the_reposters(text, words, expected):
    assert _speakers(text, words) == expected


# --------------------------------------------------------------------------- "Piers Morgan quote-tweeted the clip, adding"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser read "quote" as a noun and left the name no subject; the object ("the clip") was taken
    ('Piers Morgan quote-tweeted the clip, adding: "Absolutely pathetic."', "pathetic", {"Piers Morgan"}),
    ('Piers Morgan quote tweeted the clip, adding: "Absolutely pathetic."', "pathetic", {"Piers Morgan"}),
    # trap: "re-tweeted" read with "re" the verb: the post was given the words
    ('The MP re-tweeted the post, adding: "Spot on, as ever, from Wes."', "Spot on", {None}),
    # twin: the plain verb, as before
    ('Piers Morgan retweeted the clip and wrote: "Absolutely pathetic."', "pathetic", {"Piers Morgan"}),
    ('Lineker reposted the video, adding: "This is shameful."', "shameful", {"Lineker"}),
])
def test_prefixed_posting_verbs(text, words, expected):
    assert _speakers(text, words) == expected


# --------------------------------------------------------------------------- `"Shame on the BBC," wrote the actor on X, formerly Twitter`

@pytest.mark.parametrize("text, words, expected", [
    # trap: a title-cased post opening its sentence, the verb right after it, was taken for a title and lost
    ('"Shame on the BBC," wrote Hugh Grant on Sunday evening.', "Shame on the BBC", {"Hugh Grant"}),
    # trap: a platform's former name after it was taken for the name of the one before ("formerly Twitter")
    ('"Shame on the BBC," wrote the actor on X, formerly Twitter, on Sunday evening.', "Shame on the BBC", {"actor"}),
    ('"The BBC should be ashamed of itself," wrote the actor on X, formerly Twitter, on Sunday.', "ashamed",
     {"actor"}),
    # twin: a title inside a sentence stays no one's quotation on its own
    ('He starred in "Breaking Bad," said the director.', "He starred", {"director"}),
    ('"The Art of the Deal," reads the cover.', "Art of the Deal", set()),
    # twin: a name in apposition right after the description is still its name
    ('"We will fight this," wrote the company\'s founder, Jane Holt, on LinkedIn.', "fight this", {"Jane Holt"}),
])
def test_title_cased_post_before_verb_and_former_names(text, words, expected):
    assert _speakers(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    # trap: a platform's audience told, a thread on a platform, named no channel
    ('Greta Thunberg told her 14 million Instagram followers that the summit was "a failure."', "failure",
     {"Instagram"}),
    ('In a thread on X, the economist argued that the Bank of England had "lost control of inflation."', "lost control",
     {"a thread on X"}),
    # twin: people told are no channel
    ('The coach told his players that the season was "not over."', "not over", {None}),
])
def test_platform_audiences_and_threads(text, words, expected):
    assert _vias(text, words) == expected
