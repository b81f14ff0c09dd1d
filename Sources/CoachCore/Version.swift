/// The coach's version, shown by `coach --version`.
public enum CoachVersion {
    public static let current = "0.1.0"
}
