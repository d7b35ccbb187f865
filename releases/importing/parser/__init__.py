"""The press-conference importer: plain Python, no Django.

parse_article(text) turns the pasted text of a press-conference release into a
ParsedRelease; ParsedRelease.to_dict() is the JSON of the importer issue plus extra keys
(kicker, channel, source, event_date, host_office, lead, body, host_remarks, language,
and per segment "blocks", headings and paragraphs in reading order). It never raises.

Decisions, so that editors and the code agree:

- title is the headline without its kicker: 权威发布丨精致城市论坛6月12日举办 gives
  kicker 权威发布 and title 精致城市论坛6月12日举办 (【新闻发布】… works the same way).
- Punctuation stays as printed. Matching is done on a copy with full-width punctuation
  folded to ASCII (text.fold), and every string handed out is mapped back to the printed
  form (text.Restorer). Full-width digits and letters are made ASCII for good.
- Characters are stored as printed: a release in traditional characters stays in them
  (language "zh-Hant", with a note to check names). It is read through a copy in
  simplified characters, one character for one (hant.py, text.fold_script), and every
  string handed out is mapped back to the page (text.Restorer). Search folds the scripts.
- A page's residue (navigation, breadcrumbs, banners, share lines, URLs, ids, a reading
  date, the closing date of a Hong Kong release) is dropped before anything is read, and
  the headline is looked for past it: see residue.py. A whole article pasted as one line
  is cut into its turns first (oneline.py); outlets printed [X记者]:, 记者(X):, Q (X): are
  read as askers (outlets.py).
- People named once in a lead and then called by their office (以下是…局長周明遠和…署長韓靜
  今日…, 局長:, 署長:, 許部長) are resolved through their posts, bare titles and surname +
  title, when only one person holds them; otherwise the answer has no answerer rather
  than a guess (lead_people.py). A narrated report keeps its text as body, with the
  officials it introduces and quotes as speakers.
- Speakers come from the lead, from header fields (主持人:, 发布人:, 出席人:) and from
  attribution lines; names are read in context, never from a list of people. How a post
  is split into organisation and position: see people.py.
- A segment is a question and its answer, or an opening statement (question None).
  Everything said after a question and before the next one is its answer, whoever says
  it: a question answered by two officials has two answerers. The host's words that
  answer nothing go to host_remarks, not to segments, and an answer goes on after the
  host asks for more (请…补充). The host is whoever is labelled 主持人 or named as host,
  or whose every turn only welcomes, gives the floor or closes; "Go ahead, Zeke." before a
  question is a host remark whoever says it.
- Limits: 500,000 characters, 100 people, 1,000 figures, each with a warning; everything
  stays linear in the length of the text.
- Headings: ★-style bullet lines lose their bullet; short numbered lines ((一), 一、,
  一是…。) are kept as printed. Numbered paragraphs with sentences stay paragraphs.
- Figures: see figures.py for what counts. "segment" is the 0-based index into segments,
  None for the lead and the body.
- Credits are split off the last paragraph (…(记者 董倩萍/文 毕钰晶/图)), a closing credit
  line, the lead's byline (本报讯(记者 …)) and image captions; editors come from the
  dateline (编辑:) or a 责任编辑: line.
- When nothing is recognised, the whole text is the body of a draft, with a warning.
"""

from .parser import parse_article
from .result import Credit, Figure, ParsedRelease, Segment, Speaker

__all__ = ["Credit", "Figure", "ParsedRelease", "Segment", "Speaker", "parse_article"]
