/// Function words that carry no topic on their own.
public enum Stopwords {
    public static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
        "do", "does", "doing", "down", "during", "each", "either", "else", "even", "ever", "every", "few", "for",
        "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how",
        "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "let", "like", "may", "me",
        "might", "more", "most", "much", "must", "my", "no", "nor", "not", "now", "of", "off", "often", "on", "once",
        "one", "only", "or", "other", "our", "ours", "out", "over", "own", "per", "quite", "rather", "really",
        "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then",
        "there", "these", "they", "this", "those", "through", "thus", "to", "too", "under", "until", "up", "upon",
        "us", "use", "used", "uses", "using", "very", "via", "was", "we", "were", "what", "when", "where", "whether",
        "which", "while", "who", "whom", "why", "will", "with", "within", "without", "would", "yes", "yet", "you",
        "your", "yours", "it's", "what's", "don't", "doesn't", "isn't", "aren't", "won't", "can't", "i'd", "we'd",
        "you'd", "i'm", "we're", "you're", "they're", "there's", "that's", "let's",
    ]
}
