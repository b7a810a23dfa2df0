/// Numbers as the advisor writes them, without Foundation: one place for every renderer and report.
public enum NumberText {
    /// `value` with `digits` decimals, rounded (0.5 → "0.50", 3.6 with 0 → "4").
    public static func fixed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "\(value)" }
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let fraction = String(scaled % scale)
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard digits > 0 else { return sign + "\(scaled)" }
        return sign + "\(scaled / scale)." + String(repeating: "0", count: digits - fraction.count) + fraction
    }

    /// A share (0–1) as a percentage with one decimal: 0.974 → "97.4%".
    public static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "\(share)%" }
        let tenths = Int((abs(share) * 1000).rounded())  // share × 1000, not × 100 × 10: .5 cases stay as before
        return (share < 0 && tenths != 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)%"
    }

    /// A share (0–1, clamped) with at most two decimals, as JSON writes it: "0", "0.65", "1".
    public static func share(_ value: Double) -> String {
        let hundredths = Int((min(max(value, 0), 1) * 100).rounded())
        return hundredths == 100 ? "1" : hundredths == 0 ? "0" : fixed(Double(hundredths) / 100, 2)
    }
}
