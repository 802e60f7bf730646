"""A second set of stories kept aside, written on 2026-12-06 after the first held-out set had been looked at.

Nothing is tuned to these: ``python bench/layouts.py --pool fresh`` reports
on them, and no test reads them. They bring what the other pools lack: a
credit run into the dateline, a kicker on an uncredited story, subheads
inside a story (a short line of their own, which must not start an
article), a bullet other than ■, an English subhead in capitals. Written for
this file (public domain).
"""

from __future__ import annotations

from bench.layout_maker import Story

_CHINESE = [
    Story(
        "新能源公交车投入运营",
        (
            "本报讯（记者 孙八）12月5日起，首批三十辆新能源公交车在城区六条线路投入运营。",
            "这批车辆采用纯电驱动，一次充电可行驶两百五十公里，车内设有爱心座椅和无障碍通道。",
            "公交公司表示，明年还将更换一百辆老旧柴油车，城区公交将全部实现电动化。",
        ),
        dateline="本报讯",
        caption="新能源公交车驶出场站。（记者 孙八 摄）",
    ),
    Story(
        "老旧小区加装电梯让居民出行更方便",
        (
            "家住光明小区五楼的王大爷今年七十六岁，过去下一趟楼要歇好几回，如今电梯装到了家门口。",
            "居民议事定方案",
            "加装电梯牵涉各楼层住户的利益，社区先后召开九次议事会，最终确定了按楼层分摊费用的办法。",
            "专业团队全程服务",
            "从设计审批到施工验收，街道引入专业团队全程代办，施工期间每天清扫楼道，尽量减少对居民的影响。",
        ),
        kicker="——我区推进老旧小区改造纪实",
        byline="通讯员 周九",
    ),
    Story(
        "中小学开展冬季长跑活动",
        (
            "东昌府讯　连日来，全区各中小学利用大课间开展冬季长跑活动，操场上到处是学生们奔跑的身影。",
            "各校根据学生年龄特点设定不同的距离，低年级以慢跑和游戏为主，高年级每天跑一千五百米。",
        ),
        dateline="东昌府讯　",
        byline="记者 吴十",
    ),
    Story(
        "文化馆举办迎新春书画展",
        (
            "一幅幅笔墨酣畅的书法作品，一张张色彩明丽的国画小品，吸引了不少市民驻足观赏。",
            "本次书画展共展出作品一百二十幅，作者既有年过八旬的老书法家，也有刚上小学的孩子。",
            "展览将持续到明年二月底，市民可凭身份证免费入场参观。",
        ),
    ),
    Story(
        "区医院开通夜间门诊",
        (
            "本报讯　为方便上班族就医，区医院自本月起开通夜间门诊，每天开诊至晚上九点。",
            "夜间门诊设内科、外科、儿科三个科室，由主治医师以上职称的医生坐诊，检验、药房同步开放。",
        ),
        dateline="本报讯　",
        byline="记者 孙八 通讯员 郑一",
    ),
]
_CHINESE_BRIEFS = [
    "●区体育馆冬季游泳班即日起报名，报名截止到本月二十日。",
    "●据区气象台预报　本周后期将有一次降温过程，请市民做好防寒准备。",
]

_ENGLISH = [
    Story(
        "THE HARBOUR WORKS",
        (
            "DUBLIN, Nov. 4.—The harbour commissioners met yesterday to consider the report of their engineer "
            "on the progress of the new deep-water quay.",
            "THE COST.",
            "The engineer stated that the works had so far cost some forty thousand pounds, and that a further "
            "sum of twelve thousand would be needed before the quay could be opened to shipping.",
            "After some discussion the report was adopted, and the board adjourned until the following week.",
        ),
        dateline="DUBLIN, Nov. 4.—",
        byline="From our own Correspondent",
    ),
    Story(
        "A GALE ON THE COAST",
        (
            "A heavy gale swept over the whole of the western coast on Sunday night, and much damage was done "
            "to the fishing boats lying in the smaller harbours.",
            "At several places the sea broke over the promenade, and the lower parts of the towns were flooded "
            "to a depth of two or three feet.",
        ),
        caption="The promenade after the gale.",
    ),
    Story(
        "SCHOOL PRIZES",
        (
            "The annual distribution of prizes at the Grammar School took place on Friday afternoon, the head "
            "master presiding over a large gathering of parents and friends.",
        ),
    ),
    Story(
        "THE CORN MARKET",
        (
            "LIVERPOOL, Nov. 3.—There was a fair attendance at the corn market to-day; wheat was in slow demand "
            "at late rates, and maize was a shade easier.",
            "Flour met with a moderate inquiry, and oats and beans were unchanged in value.",
        ),
        dateline="LIVERPOOL, Nov. 3.—",
        byline="By Telegraph",
    ),
]
_ENGLISH_BRIEFS = [
    "●The Board of Guardians will meet on Wednesday at eleven o'clock.",
    "●Skating was enjoyed on the lake in the park on Saturday for the first time this season.",
]


def fresh_pool(language: str) -> list[Story]:
    """The stories of this file ("chinese" or "english") and their briefs."""
    stories, briefs = (_CHINESE, _CHINESE_BRIEFS) if language == "chinese" else (_ENGLISH, _ENGLISH_BRIEFS)
    return [*stories, *(Story("", (brief,)) for brief in briefs)]
