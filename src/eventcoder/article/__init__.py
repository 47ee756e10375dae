"""How a news article is built and what it is about: the reading skills journalism needs before
events are coded (anatomy: headline, dateline, boilerplate; topic: is this news about political
violence or protest at all; reporting: does a clause report a specific event that happened)."""
