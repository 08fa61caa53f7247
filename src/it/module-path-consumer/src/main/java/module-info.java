/** An application that uses the library on the module path. It requires nothing else. */
module io.github.dailypapers.it.consumer {
    requires io.github.dailypapers.digest;
}
