extension KnowledgeLoader {
    /// Parses the text of one topic file (front matter and body) on its own, without a folder: the topic,
    /// or its problems with `file` and line. Checks across files (duplicate ids, dangling follow-ups) are
    /// not made. For tools and the fuzzer (`make fuzz`), which feed text that never touches the disk.
    public static func parseTopic(_ text: String, file: String) -> Result<Topic, KnowledgeError> {
        TopicParser.parse(text, file: file).map(\.topic)
    }
}
