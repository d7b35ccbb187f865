"""Failures of the round blind70, fixed for the genre after it was scored: each test is a
page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_bilingual_record_under_a_kind_and_colon_headline_names_host_and_guest():
    page = "\n".join(
        [
            "当前位置: 首页 > 英语笔译",
            "双语:国新办举行“推动滨海省高质量发展”有关情况发布会",
            "国新办 2031-06-14 116次",
            "林晓:",
            "Lin Xiao:",
            "女士们、先生们,大家上午好。欢迎出席国务院新闻办新闻发布会。",
            "Ladies and gentlemen, good morning. Welcome to this press conference.",
            "下面,我们首先请周海先生作介绍。",
            "Now, I'll give the floor to Mr. Zhou for his introduction.",
            "周海:",
            "Zhou Hai:",
            "谢谢主持人。各位媒体朋友,大家上午好!很高兴同大家见面。",
            "Thank you. Friends from the media, good morning!",
            "滨海省地区生产总值跨过3个万亿元大关。",
        ]
    )
    result = parse_article(page)
    assert {s.name: s.role for s in result.speakers} == {"林晓": "host", "周海": "speaker"}
    assert [s.answerers for s in result.segments] == [["林晓"], ["周海"]]


def test_a_byline_of_post_and_name_over_the_events_name_gives_the_speaker_and_title():
    page = "\n".join(
        [
            "Media Room",
            "Governor Anna Reyes",
            "Sine Die 2031 Press Conference",
            "Monday, July 1, 2031",
            "I ran for office for the first time in 1992. My platform was stable funding for "
            "our schools.",
            "Today, I'm very proud to say that we finally passed a lasting investment in our "
            "schools.",
        ]
    )
    result = parse_article(page)
    assert result.title == "Sine Die 2031 Press Conference"
    assert {s.name: s.position for s in result.speakers} == {"Anna Reyes": "Governor"}
    assert result.segments[0].answerers == ["Anna Reyes"]


def test_a_transcription_services_blurb_that_says_who_held_it_gives_the_post():
    page = "\n".join(
        [
            "Sep 4, 2031",
            "Bayland Governor Anna Reyes Press Conference Transcript September 4: Storm Damage",
            "Bayland Governor Anna Reyes held a press conference on September 4 to discuss the "
            "storm damage. Read the transcript of her briefing here.",
            "Transcribe Your Own Content",
            "Gov. Anna Reyes: (00:00)",
            "Community leaders have risen to the call. Here's what we've done so far.",
        ]
    )
    speakers = {s.name: s.position for s in parse_article(page).speakers}
    assert speakers == {"Anna Reyes": "Bayland Governor"}
