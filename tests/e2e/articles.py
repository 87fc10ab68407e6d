"""Small articles with clear, conventionally attributed quotes (the engine is heuristic: keep them plain)."""

BRIDGE_TITLE = "Port Ellis council approves new harbour bridge"
BRIDGE = f"""{BRIDGE_TITLE}

The city council of Port Ellis voted on Tuesday to approve a new bridge across the harbour, ending a dispute that has lasted for two decades.

"We have waited twenty years for this bridge, and now it will finally be built," said Jane Holloway, the mayor of Port Ellis.

Opposition leader Marcus Bennett was not convinced. "The budget is a fantasy and the taxpayers will pay for it," Bennett told reporters after the vote.

"The structure is designed to last for more than a century," said Priya Raman, the chief engineer of the project.

Construction is expected to begin next spring and to take four years.
"""

# Speakers the engine must find in BRIDGE (surnames, case-insensitive match in the reply).
BRIDGE_SPEAKERS = ("Holloway", "Bennett", "Raman")

ESCAPE_TITLE = "Chat app outage sparks complaints & jokes"
ESCAPE = f"""{ESCAPE_TITLE}

A popular office chat application stopped working for three hours on Monday, and many users turned to other websites to complain about the outage.

"Somebody typed <!channel> & <@U123> into every room and the whole system fell over," said Laura Whitfield, a systems engineer at the company.

"We are sorry for the trouble & we have fixed the problem," said Daniel Ortega, a spokesman for the firm, in a statement to customers.

The company said it would publish a full report on the incident within a week.
"""

SHORT_CHATTER = "lol did anyone see the game last night?"


def variant(text: str, n: int) -> str:
    """The same article with a unique dateline, so each copy is a distinct article."""
    head, _, rest = text.partition("\n\n")
    return f"{head}\n\nDispatch number {n} from the news desk.\n\n{rest}"
