import Testing

@testable import AdvisorKit

@Suite struct BM25FTests {
    func fields(title: [String] = [], questions: [String] = [], body: [String] = []) -> BM25F.Fields {
        .init(title: title, questions: questions, body: body)
    }

    /// BM25F over `topics`, scoring queries of words as the index asks: distinct known terms as ids, in the
    /// order of their spelling.
    func scorer(_ topics: [BM25F.Fields]) -> ([String]) -> [Double] {
        var ids: [String: Int] = [:]
        for term in topics.flatMap({ $0.all.joined() }) where ids[term] == nil { ids[term] = ids.count }
        let index = BM25F(topics: topics, termIDs: ids)
        return { query in index.scores(Set(query).sorted().compactMap { ids[$0] }) }
    }

    @Test func termFrequencySaturates() {
        let once = fields(body: ["gmail", "filter", "inbox"])
        let often = fields(body: Array(repeating: "gmail", count: 10) + ["filter", "inbox"])
        let other = fields(body: ["trello", "card", "board"])
        let scores = scorer([once, often, other])(["gmail"])
        #expect(scores[1] > scores[0])
        // Ten times the occurrences, far less than ten times the score.
        #expect(scores[1] < scores[0] * 2)
        #expect(scores[2] == 0)
    }

    @Test func aTitleWeighsMoreThanText() {
        let inTitle = fields(title: ["backup", "tweets"], body: ["export", "archive"])
        let inBody = fields(title: ["twitter", "lists"], body: ["backup", "export"])
        let scores = scorer([inTitle, inBody])(["backup"])
        #expect(scores[0] > scores[1])
    }

    @Test func scoresLieBetweenZeroAndOne() {
        let topics = [fields(title: ["a"], questions: ["a", "b"], body: ["a", "b", "c"]), fields(body: ["d"])]
        let scores = scorer(topics)
        for query in [["a"], ["a", "a", "b"], ["a", "zzz"], [], ["d", "c"]] {
            for score in scores(query) { #expect(score >= 0 && score <= 1) }
        }
        #expect(scores([]).allSatisfy { $0 == 0 })
    }

    @Test func aLongerFieldWeighsEachOccurrenceLess() {
        // The careers knowledge has many alternate questions a topic: one mention among many counts less.
        let long = fields(questions: ["salary"] + (0..<30).map { "word\($0)" })
        let short = fields(questions: ["salary", "pay"])
        let scores = scorer([long, short])(["salary"])
        #expect(scores[1] > scores[0])
    }
}
