// libyaml, as Yams builds it: its event parser is iterative, so it can measure any depth safely.
import CYaml

/// How deep a YAML text nests, measured with libyaml's event parser before Yams composes the text.
///
/// Yams composes nodes recursively, one stack frame pair per level, so a header nested a few thousand
/// levels deep (`[[[[…` or `- - - …`: some 13 KB for 6,400 levels) overflowed the stack and crashed
/// `career-advisor check` with a segmentation fault. Topic and lexicon headers nest three levels at most;
/// anything past `limit` is reported as a problem instead. Aliases count as deep as the tree they name.
enum YAMLNesting {
    /// The deepest nesting accepted, far beyond any real header and far below a stack's worth.
    static let limit = 64

    /// The line (1-based, in `yaml`) of the first node nested deeper than `limit`, or nil. Parsing stops at
    /// a syntax error, as Yams does: it reports the error itself, and never went deeper than the text before.
    static func lineTooDeep(in yaml: String, limit: Int = limit) -> Int? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        let bytes = Array(yaml.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            // The open collections: each one's anchor and the height of its tallest child so far.
            var open: [(anchor: String?, tallest: Int)] = []
            // The height of the tree each anchor names (1 for a scalar).
            var heights: [String: Int] = [:]
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                var height: Int?  // the height of a node that ends with this event
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    if open.count + 1 > limit { return Int(event.start_mark.line) + 1 }
                    let anchor =
                        event.type == YAML_SEQUENCE_START_EVENT
                        ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                    open.append((anchor.map { String(cString: $0) }, 0))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let closed = open.popLast() else { break }
                    height = closed.tallest + 1
                    if let anchor = closed.anchor { heights[anchor] = height }
                case YAML_SCALAR_EVENT:
                    height = 1
                    if let anchor = event.data.scalar.anchor { heights[String(cString: anchor)] = 1 }
                case YAML_ALIAS_EVENT:
                    height = event.data.alias.anchor.flatMap { heights[String(cString: $0)] } ?? 1
                default:
                    break
                }
                if let height {
                    if open.count + height > limit { return Int(event.start_mark.line) + 1 }
                    if !open.isEmpty { open[open.count - 1].tallest = max(open[open.count - 1].tallest, height) }
                }
            }
            return nil
        }
    }
}
