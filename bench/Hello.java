/** The bare JVM the start-up benchmark compares with: start, print one line, exit. */
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello");
    }
}
