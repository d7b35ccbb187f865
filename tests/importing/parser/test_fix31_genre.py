"""blind31's failures, fixed for the genre: each test is a page of our own (invented names,
numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_presenters_list_printed_name_first_and_the_host_line_under_it():
    page = (
        "发布会视频\n"
        "2024年3月9日10:00,省政府新闻办召开全省春耕生产工作新闻发布会。\n"
        "发布内容:介绍我省春耕生产的具体情况,并回答媒体关心的问题。\n"
        "发布人:\n"
        "韩立新 省农业农村厅党组书记、厅长\n"
        "周 敏 省水利厅二级巡视员\n"
        "郑国平 省气象局副局长\n"
        "省委宣传部副部长、省政府新闻办主任 马晓岚\n"
        "女士们、先生们,媒体朋友们:\n"
        "大家好!欢迎出席省人民政府新闻办公室举行的新闻发布会。\n"
        "首先,请韩立新先生介绍有关情况。\n"
    )
    result = parse_article(page)
    people = {(s.name, s.role, s.position, s.organisation) for s in result.speakers}
    assert people == {
        ("韩立新", "speaker", "党组书记、厅长", "省农业农村厅"),
        ("周敏", "speaker", "二级巡视员", "省水利厅"),
        ("郑国平", "speaker", "副局长", "省气象局"),
        ("马晓岚", "host", "省委宣传部副部长、省政府新闻办主任", None),
    }
    assert result.title == ""  # 发布会视频 is the page's video tab, no headline
    # the host's welcome and hand-over is the conference's first statement, under her
    assert [s.answerers for s in result.segments] == [["马晓岚"]]


def test_a_host_labelled_by_post_who_welcomes_presents_and_hands_over():
    page = (
        "全省健康行动新闻发布会实录\n"
        "省委宣传部新闻发布处四级调研员林小雨:\n"
        "女士们、先生们,记者朋友们,大家上午好!欢迎出席省新闻办公室新闻发布会。\n"
        "今天在这里举行新闻发布会。出席今天发布会的有:省卫生健康委员会党委书记、主任陈海先生;"
        "中共省委教育工作委员会委员,省教育厅党组成员、副厅长黄丽女士;"
        "省卫生健康委员会党委委员、副主任吴江先生。\n"
        "下面,先请陈海先生介绍健康行动取得的主要成效。\n"
        "省卫生健康委员会党委书记、主任陈海:\n"
        "各位新闻媒体朋友,大家上午好!2023年全省人均预期寿命达到79岁。\n"
    )
    result = parse_article(page)
    roles = {s.name: s.role for s in result.speakers}
    assert roles == {"林小雨": "host", "陈海": "speaker", "黄丽": "speaker", "吴江": "speaker"}
    huang = next(s for s in result.speakers if s.name == "黄丽")
    # posts joined by a comma inside one item of a semicolon list stay one post
    assert (huang.organisation, huang.position) == (
        "中共省委教育工作委员会",
        "委员,省教育厅党组成员、副厅长",
    )
    # A host's one turn that welcomes, presents and hands over stays the first statement,
    # under the host (the reading of the real labels since blind40).
    assert [s.answerers for s in result.segments] == [["林小雨"], ["陈海"]]
    assert result.segments[0].paragraphs[-1] == "下面,先请陈海先生介绍健康行动取得的主要成效。"


def test_a_host_presents_a_second_guest_and_a_reporter_names_the_outlet_in_the_question():
    page = (
        "南港市一届人大一次会议记者会\n"
        "2024年5月9日中午12:30,举行南港市一届人大一次会议记者会,陈志远市长出席并回答记者提问。\n"
        "主持人:各位记者朋友,大家中午好!我们非常荣幸地邀请到南港市人民政府市长陈志远先生专门来参加记者会,"
        "回答大家的提问。参加今天记者会的还有南港市人大常委会副主任、一届人大一次会议秘书长刘卫东先生。\n"
        "记者:谢谢主持人。陈市长您好,我是南港日报及“南港通”客户端记者,您到南港工作已经一个月了,有什么感受?\n"
        "陈志远:谢谢。这一个月我走了一些地方。\n"
    )
    result = parse_article(page)
    people = {(s.name, s.position, s.organisation) for s in result.speakers}
    assert people == {
        ("陈志远", "市长", "南港市人民政府"),  # the host gives the post the lead shortens
        ("刘卫东", "南港市人大常委会副主任、一届人大一次会议秘书长", None),
    }
    asked = [s for s in result.segments if s.question]
    assert [(s.asker, s.answerers) for s in asked] == [("南港日报及“南港通”客户端", ["陈志远"])]


def test_a_un_geneva_summary_gives_its_chairs_and_a_briefer_reported_in_the_third_person():
    page = (
        "REGULAR PRESS BRIEFING BY THE INFORMATION SERVICE\n\n"
        "Maria Olsen, Director of the United Nations Information Service in Geneva, chaired the "
        "briefing, which was attended by spokespersons for the UNHCR. Later, Paul Renard, Chief "
        "of the Press Section, United Nations Information Service in Geneva, took over the "
        "chair.\n\n"
        "Lakeland - Fresh arrivals from the north\n\n"
        "Omar Said, for the United Nations Refugee Agency (UNHCR), made the following "
        "statement:\n\n"
        "“More than 12,000 refugees have been displaced since January.”\n"
    )
    result = parse_article(page)
    roles = {s.name: (s.role, s.position) for s in result.speakers}
    assert roles == {
        "Maria Olsen": ("host", "Director of the United Nations Information Service in Geneva"),
        "Paul Renard": (
            "host",
            "Chief of the Press Section, United Nations Information Service in Geneva",
        ),
        "Omar Said": ("speaker", None),
    }
    [segment] = result.segments
    assert segment.answerers == ["Omar Said"]
    assert segment.headings == ["Lakeland - Fresh arrivals from the north"]
    assert segment.paragraphs[0].startswith("Omar Said, for the United Nations Refugee Agency")


def test_a_statement_given_by_a_first_minister_and_officials_joining_listed_by_semicolons():
    statement = (
        "‘Stay at home this weekend’\n\n"
        "Statement given by the First Minister Ann Carr at a media briefing in Queen's House "
        "on Wednesday 4 March:\n\n"
        "Good afternoon. There were 412 positive cases reported yesterday.\n"
    )
    result = parse_article(statement)
    assert [(s.name, s.position) for s in result.speakers] == [("Ann Carr", "First Minister")]
    assert [s.answerers for s in result.segments] == [["Ann Carr"]]

    briefing = (
        "TRANSCRIPT: March 3rd, 2021 Briefing\n\n"
        "Governor Tom Reid: Good afternoon, everyone.\n\n"
        "I’m joined by the woman to my right who needs no introduction, the Commissioner of "
        "Health Judy Kerr; to her right, Department of Health Medical Director Dr. Ed Linz – "
        "Dr. Linz, good to have you back; to my left, State Police Superintendent Col. Pat "
        "Cole – Pat; Director of the Office of Emergency Management Jared Moss is with us. "
        "We’ll get right to the numbers.\n"
    )
    people = {(s.name, s.position) for s in parse_article(briefing).speakers}
    assert people == {
        ("Tom Reid", "Governor"),
        ("Judy Kerr", "Commissioner of Health"),
        ("Ed Linz", "Department of Health Medical Director"),
        ("Pat Cole", "State Police Superintendent"),
        ("Jared Moss", "Director of the Office of Emergency Management"),
    }


def test_an_outlet_bar_byline_is_credits_and_ten_thousands_count_a_bare_noun():
    page = (
        "南江日报客户端 | 记者 王小川 林晓\n"
        "4月2日,在南江市疫情防控工作第120场新闻发布会上,市政府新闻发言人赵明介绍,"
        "全市已有18万居民完成接种。\n"
    )
    result = parse_article(page)
    assert result.title == ""
    assert [(c.role, c.name) for c in result.credits] == [("记者", "王小川"), ("记者", "林晓")]
    assert [(f.text, f.value, f.unit, f.label) for f in result.figures] == [
        ("18万", 180000, "", "居民")
    ]


def test_an_english_headline_names_who_gave_the_press_conference_its_story_reports():
    page = (
        "Coronavirus in Northland: Ann Price gives last daily press conference\n\n"
        "After 80 briefings, the last of the government's daily press conferences has been "
        "held by the first minister.\n\n"
        "From Tuesday, they will still be held, but weekly.\n"
    )
    assert [s.name for s in parse_article(page).speakers] == ["Ann Price"]


def test_a_page_that_opens_on_a_long_paragraph_of_captions_has_no_headline():
    captions = (
        "well good afternoon it’s been a hard start this fall it’s been tough on all of us and "
        "we’re not out of this yet we’re in the middle of a global pandemic and protecting our "
        "communities requires hard decisions yesterday we saw 210 new cases and today we are "
        "seeing 640 new cases that’s why on the advice of our chief medical officer we are taking "
        "further action in the regions that are seeing the highest rates of transmission and we "
        "are asking everyone to stay home unless it is essential"
    )
    result = parse_article(captions + "\n")
    assert result.title == ""
    # one statement nobody signs, as for live captions with their stops
    assert [(s.answerers, s.paragraphs) for s in result.segments] == [([], [captions])]
    assert {f.value for f in result.figures} == {210, 640}


def test_a_host_presents_the_panel_by_honorific_name_and_post():
    page = (
        "Global Health Issues Virtual Press conference transcript - 4 May 2023\n\n"
        "CL Hello and welcome to today’s virtual press conference.\n\n"
        "Let me now introduce the participants. First, we have Dr Amara Okafor, Director-General. "
        "Then, from left to right, we have Dr Lena Marsh, Assistant Director-General, Access to "
        "Medicines, Dr Paulo Reis, Technical Lead on Influenza, and Dr Sara van Dijk, Director "
        "for Immunization. Welcome. With this, let me hand over to the Director-General.\n\n"
        "AO Thank you, Christian. Good morning.\n"
    )
    people = {(s.name, s.position) for s in parse_article(page).speakers}
    assert {
        ("Lena Marsh", "Assistant Director-General, Access to Medicines"),
        ("Paulo Reis", "Technical Lead on Influenza"),
        ("Sara van Dijk", "Director for Immunization"),
    } <= people


def test_a_transcription_blogs_follow_and_offer_lines_are_residue():
    page = (
        "Mark Hale Ohio COVID-19 Press Conference Transcript May 3\n\n"
        "Governor Mark Hale of Ohio held a press conference on May 3. He said schools reopen "
        "on Monday.\n\n"
        "Follow Rev Transcripts\n\n"
        "Transcribe Your Own Content\n\n"
        "Try Rev for free and save time transcribing, captioning, and subtitling.\n\n"
        "Governor Mark Hale: (00:00)\n"
        "We did 4,120 tests yesterday.\n"
    )
    result = parse_article(page)
    assert result.body == [
        "Governor Mark Hale of Ohio held a press conference on May 3. He said schools reopen "
        "on Monday."
    ]
    assert [s.answerers for s in result.segments] == [["Mark Hale"]]


def test_a_one_sentence_summary_under_an_english_headline_is_kept_as_the_lead():
    page = (
        "Mark Hale Ohio COVID-19 Press Conference Transcript May 3\n\n"
        "Governor Mark Hale of Ohio held a press conference on May 3 about schools.\n\n"
        "Governor Mark Hale: (00:00)\n"
        "We did 4,120 tests yesterday.\n"
    )
    result = parse_article(page)
    assert (
        result.lead == "Governor Mark Hale of Ohio held a press conference on May 3 about schools."
    )
    assert [s.answerers for s in result.segments] == [["Mark Hale"]]


def test_a_host_labelled_by_the_body_the_lead_gives_and_name():
    page = (
        "3月20日10时,东江省人民政府新闻办公室举办新闻发布会,邀请东江省生态环境厅副厅长、"
        "新闻发言人陈立先生出席,通报全省环境质量状况并回答记者提问。"
        "发布会由东江省人民政府新闻办公室王欣主持。\n"
        "东江省人民政府新闻办公室王欣:\n"
        "女士们、先生们,上午好!欢迎大家出席省政府新闻办举办的新闻发布会。\n"
        "下面,首先请陈立副厅长介绍相关情况。\n"
        "东江省生态环境厅副厅长、新闻发言人陈立:\n"
        "新闻界的朋友们,大家上午好!\n"
    )
    result = parse_article(page)
    assert result.body == []  # the host's label and words are hers, not the story's
    assert result.segments[0].paragraphs[0].startswith("女士们、先生们")
    assert [s.answerers for s in result.segments] == [["王欣"], ["陈立"]]
