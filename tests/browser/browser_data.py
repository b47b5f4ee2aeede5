"""Articles written for the browser tests: a quote one outlet rewords (a disputed wording) and
a quote two papers credit to different people (a disputed attribution), and the article a
person pastes into the Extract page. All invented; no text is taken from any publication."""

from __future__ import annotations

# The harbour master's words, printed by a second outlet with one content word changed.
BREAKWATER = ("The new breakwater will protect the fishing fleet and the harbour cottages for "
              "the next fifty winters, whatever the storms of the North Sea bring us")
BREAKWATER_REWORDED = BREAKWATER.replace("protect", "shelter")
# A promise on school libraries that one paper credits to the education secretary and another
# to the mayor.
LIBRARIES = ("Every school in the district will have a working library by September, and we "
             "will not cut a single teacher to pay for it")

DISPUTED_ARTICLES = [
    {"id": "courier-breakwater", "outlet": "Bay Courier", "date": "2024-04-08",
     "url": "https://courier.example/breakwater", "title": "Breakwater works begin in Portmere",
     "text": "Work on the Portmere breakwater began on Monday after two years of delays.\n"
             f"\u201c{BREAKWATER},\u201d harbour master Ines Valdor said at the quayside.\n"
             "The project is paid for by the regional fisheries fund.\n"},
    {"id": "coastline-breakwater", "outlet": "Coastline News", "date": "2024-04-09",
     "url": "https://coastline.example/portmere", "title": "Portmere starts its sea wall",
     "text": "Cranes arrived in Portmere harbour on Monday.\n"
             f"\u201c{BREAKWATER_REWORDED},\u201d Ines Valdor, the harbour master, told "
             "reporters.\n"},
    {"id": "courier-libraries", "outlet": "Bay Courier", "date": "2024-04-10",
     "url": "https://courier.example/libraries", "title": "A library in every school",
     "text": "Portmere's schools budget came out on Wednesday.\n"
             f"\u201c{LIBRARIES},\u201d Education Secretary Olwen Brask said.\n"},
    {"id": "lantern-libraries", "outlet": "Evening Lantern", "date": "2024-04-11",
     "url": "https://lantern.example/schools", "title": "Mayor promises school libraries",
     "text": "Portmere's town hall was packed on Thursday evening.\n"
             f"\u201c{LIBRARIES},\u201d Mayor Tobias Renn said to applause.\n"},
]



# The article a person pastes into the Extract page: two speakers, direct and reported speech,
# and words ("kiln", "Oukrid") found nowhere else in the corpus, to search for afterwards.
PASTED_TITLE = "Tarnby glassworks to close its last kiln"
PASTED = (
    "The Tarnby glassworks will shut its last kiln in October, the company said on Friday.\n\n"
    "\u201cWe have made glass in this town for ninety years and we are proud of every bottle "
    "that left the kiln,\u201d managing director Selma Oukrid said. \u201cBut our gas bill has "
    "doubled since the spring.\u201d\n\n"
    "Union organiser Pieter Vandamme said the workers had been told nothing until Thursday "
    "night.\n\n"
    "\u201cNobody from the board came down to the floor to tell us,\u201d Vandamme told "
    "reporters outside the gates.\n"
)
PASTED_SPEAKERS = ("Selma Oukrid", "Pieter Vandamme")
PASTED_SEARCH = "kiln"
