import Synchronization

/// A value made on first use, once, whichever thread asks first (the others wait for it).
final class Lazy<Value: Sendable>: Sendable {
    private let state = Mutex<Value?>(nil)
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    var value: Value {
        state.withLock { made in
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}
