/// English words that carry no topic: function words, and the fillers people wrap questions in
/// ("honestly", "wondering", "guys"). They stay in `Analysis.words` for the intent rules, but are
/// neither indexed nor counted as unknown.
enum StopWords {
    static let english: Set<String> = Set(
        """
        a about above actually after again against ah all also am an and any anybody anyone anything anyway
        are aren as at be because been before being below besides between both but by can cannot could
        couldn d did didn do does doesn doing don done down during each either else etc even ever every
        everyone few for from further get gets getting go goes going gonna got gotta had hadn has hasn have
        haven having he her here hers herself him himself his how however i if im in into is isn it its
        itself ive just kind kinda ll let lets like likely lol m ma maybe me mean might mine much
        must mustn my myself need needs no nor not now o of off often ok okay on once one only or other our
        ours ourselves out over own please pls plz pretty quite rather re really right s same say says
        shall shan she should shouldn so some someone something somebody sort still such sure t than that
        thats the their theirs them themselves then there these they thing things this those though
        through thus to too u under until up upon us ur ve very via vs want wanna wants was wasn way we
        well were weren what whats when which while who whom whose will with within without won
        would wouldn y yeah yes yet you your yours yourself yourselves
        anyways apparently basically certainly currently definitely especially exactly generally
        honestly hopefully literally obviously possibly probably seriously simply somehow truly usually
        realistic realistically typical typically normally possible
        guys folks everybody hey hi hello
        wondering wonder thinking think thought guess suppose feel feeling curious interested
        know knows tell told ask asking asked question questions help helps advice idea ideas
        tips tip opinion opinions thoughts
        currently recently nowadays today day lately soon
        good great better bad nice cool big small lot lots many
        zero two three four five six seven eight nine ten eleven twelve fifteen twenty couple several
        st nd rd th
        stuff tl dr tldr eli imo imho fwiw afaik btw idk tbh ngl lol lmao
        son daughter kid kids child children friend friends wife husband partner mom mum dad mother father
        parent parents brother sister cousin boyfriend girlfriend colleague colleagues
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
