# MLP Workbook figure: decision regions — Golden regions
# $grid: x1 x2 and the 3 class probabilities on a 6×4 grid; $train, $test: x1 x2 class (0-based)
set terminal pngcairo size 1280,800 enhanced font "DejaVu Sans,16" linewidth 1.5
set encoding utf8
$grid << EOD
# x1 x2 p1 p2 p3
-1.5000 -1.2000 0.000 0.000 1.000
-0.9000 -1.2000 0.000 0.000 1.000
-0.3000 -1.2000 0.000 0.000 1.000
0.3000 -1.2000 0.028 0.000 0.972
0.9000 -1.2000 0.866 0.000 0.134
1.5000 -1.2000 0.999 0.000 0.001

-1.5000 -0.4000 0.000 0.015 0.985
-0.9000 -0.4000 0.000 0.015 0.985
-0.3000 -0.4000 0.008 0.015 0.977
0.3000 -0.4000 0.647 0.005 0.348
0.9000 -0.4000 0.998 0.000 0.002
1.5000 -0.4000 1.000 0.000 0.000

-1.5000 0.4000 0.000 0.985 0.015
-0.9000 0.4000 0.000 0.985 0.015
-0.3000 0.4000 0.008 0.977 0.015
0.3000 0.4000 0.647 0.348 0.005
0.9000 0.4000 0.998 0.002 0.000
1.5000 0.4000 1.000 0.000 0.000

-1.5000 1.2000 0.000 1.000 0.000
-0.9000 1.2000 0.000 1.000 0.000
-0.3000 1.2000 0.000 1.000 0.000
0.3000 1.2000 0.028 0.972 0.000
0.9000 1.2000 0.866 0.134 0.000
1.5000 1.2000 0.999 0.001 0.000

EOD
$train << EOD
# x1 x2 class
1.0000 0.0000 0
-0.5000 0.8000 1
-0.5000 -0.8000 2
EOD
set style line 1 lt 1 lc rgb "#0072B2" lw 2.5 dt 1 pt 7 ps 1.3
set style line 2 lt 2 lc rgb "#D55E00" lw 2.5 dt (10,6) pt 9 ps 1.3
set style line 3 lt 3 lc rgb "#009E73" lw 2.5 dt (14,6,3,6) pt 5 ps 1.3
set style line 4 lt 4 lc rgb "#CC79A7" lw 2.5 dt (3,5) pt 13 ps 1.3
set style line 5 lt 5 lc rgb "#E69F00" lw 2.5 dt (20,6,3,6,3,6) pt 11 ps 1.3
set style line 6 lt 6 lc rgb "#56B4E9" lw 2.5 dt (6,3) pt 15 ps 1.3
set style line 7 lt 7 lc rgb "#000000" lw 2.5 dt (24,10) pt 7 ps 1.3
set style line 8 lt 8 lc rgb "#F0E442" lw 2.5 dt (2,3,8,3) pt 9 ps 1.3
set border 3 back lw 1 lc rgb "#404040"
set tics nomirror out scale 0.6 textcolor rgb "#404040"
set grid back lt 1 lw 1 lc rgb "#e6e6e6"
if (GPVAL_TERM eq "dumb") unset grid  # no room for a grid in a text preview
set xrange [-1.5:1.5]
set yrange [-1.2:1.2]
# class colours (1-based), argmax, confidence tint and margins
K = 3
array CR[K] = [18, 255, 0]
array CG[K] = [64, 200, 158]
array CB[K] = [122, 112, 115]
larger(a, b) = a > b ? a : b
winner(n) = (T = 1, sum [j=2:n] (column(2+j) > column(2+T) ? (T = j, 0) : 0), T)
margin(k) = (M = -1, sum [j=1:K] (j != k ? (M = larger(M, column(2+j)), 0) : 0), column(2+k) - M)
tint(p) = 0.3 + 0.55 * (p - 1.0/K) / (1 - 1.0/K)
shade(c, p) = 255 - tint(p) * (255 - c)
# region boundaries: where margin(k) = p_k - max_{j≠k} p_j crosses 0
set contour base
set cntrparam levels discrete 0
unset surface
set table $boundary
splot for [k=1:K] $grid using 1:2:(margin(k))
unset table
unset contour
set surface
set title "Golden regions" font ",17"
set xlabel "x_1"
set ylabel "x_2"
set size ratio -1
unset grid
set border 15 front lw 1 lc rgb "#404040"
set tics out nomirror front
set key below center horizontal maxrows 1 samplen 2 width 1
set bmargin 5.45
plot $grid using 1:2:(shade(CR[winner(K)], column(2+winner(K)))):(shade(CG[winner(K)], column(2+winner(K)))):(shade(CB[winner(K)], column(2+winner(K)))) with rgbimage notitle, \
     $boundary using 1:2 with lines lw 2.5 lc rgb "#1a1a1a" notitle, \
     $train using ($3 == 0 ? $1 : NaN):2 with points pt 7 ps 1.8 lc rgb "white" notitle, \
     $train using ($3 == 0 ? $1 : NaN):2 with points pt 7 ps 1.3 lc rgb "#003f62" title "a", \
     $train using ($3 == 1 ? $1 : NaN):2 with points pt 9 ps 1.8 lc rgb "white" notitle, \
     $train using ($3 == 1 ? $1 : NaN):2 with points pt 9 ps 1.3 lc rgb "#753400" title "b", \
     $train using ($3 == 2 ? $1 : NaN):2 with points pt 5 ps 1.8 lc rgb "white" notitle, \
     $train using ($3 == 2 ? $1 : NaN):2 with points pt 5 ps 1.3 lc rgb "#00573f" title "c"
